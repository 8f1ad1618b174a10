package dev.macai.auth.rest;

import dev.macai.auth.service.IssuedSession;

/** Answer to login, refresh and password change; the refresh secret travels only in the cookie. */
public record SessionResponse(String accessToken, String tokenType, long expiresIn, UserView user) {

  static SessionResponse of(IssuedSession session) {
    return new SessionResponse(
        session.accessToken(), "Bearer", session.expiresInSeconds(), UserView.of(session.user()));
  }
}
