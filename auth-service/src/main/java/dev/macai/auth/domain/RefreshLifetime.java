package dev.macai.auth.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a refresh token expires: its own lifetime from now, but never after its family (the login)
 * reaches its absolute maximum, so rotating forever does not keep a stolen session alive.
 */
public final class RefreshLifetime {

  private RefreshLifetime() {}

  public static Instant expiry(
      Instant now, Instant familyCreatedAt, Duration tokenTtl, Duration familyMax) {
    Instant own = now.plus(tokenTtl);
    Instant familyEnd = familyCreatedAt.plus(familyMax);
    return own.isBefore(familyEnd) ? own : familyEnd;
  }
}
