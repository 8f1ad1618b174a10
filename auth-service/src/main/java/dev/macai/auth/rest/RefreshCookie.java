package dev.macai.auth.rest;

import dev.macai.auth.service.IssuedSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Date;

/**
 * The refresh secret's cookie: HttpOnly (no script reads it), Secure, SameSite=Strict (no
 * cross-site request carries it) and scoped to the refresh endpoint's path.
 */
@ApplicationScoped
public class RefreshCookie {

  public static final String NAME = "refresh_token";

  /** The browser sends the cookie only to /api/v1/auth: refresh and logout (ARCHITECTURE §3). */
  static final String PATH = "/api/v1/auth";

  /** The session's access token in the body, its refresh secret in the cookie. */
  Response withSession(IssuedSession session) {
    return Response.ok(SessionResponse.of(session)).cookie(carrying(session)).build();
  }

  private NewCookie carrying(IssuedSession session) {
    return base(session.refreshSecret())
        .maxAge((int) Math.min(Integer.MAX_VALUE, session.refreshExpiresInSeconds()))
        .build();
  }

  NewCookie cleared() {
    return base("").maxAge(0).expiry(new Date(0)).build();
  }

  private NewCookie.Builder base(String value) {
    return new NewCookie.Builder(NAME)
        .value(value)
        .path(PATH)
        .httpOnly(true)
        .secure(true)
        .sameSite(NewCookie.SameSite.STRICT);
  }
}
