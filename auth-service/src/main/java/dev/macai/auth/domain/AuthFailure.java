package dev.macai.auth.domain;

import dev.macai.platform.failure.ServiceFailure;
import java.util.Map;

/**
 * The refusals only auth-service makes: wrong credentials, a throttled key, a dead session. The
 * REST layer maps them like every other {@link ServiceFailure}.
 */
public final class AuthFailure extends ServiceFailure {

  private AuthFailure(int status, String title, String detail) {
    super(status, title, detail);
  }

  private AuthFailure(
      int status, String title, String detail, Map<String, String> fields, Long retryAfter) {
    this(status, title, detail, fields, null, retryAfter);
  }

  private AuthFailure(
      int status,
      String title,
      String detail,
      Map<String, String> fields,
      String code,
      Long retryAfter) {
    super(status, title, detail, fields, code, retryAfter, Map.of());
  }

  /** Unknown email and wrong password answer alike, so an attacker learns nothing. */
  public static AuthFailure invalidCredentials() {
    return new AuthFailure(
        401,
        "Unauthorized",
        "Email or password is not correct.",
        Map.of(),
        "invalid_credentials",
        null);
  }

  /**
   * Too many failures for this email from this address (or for the account from everywhere). The
   * same answer for registered and unknown emails, so it tells nothing about the account.
   */
  public static AuthFailure throttled(long retryAfterSeconds) {
    return new AuthFailure(
        429,
        "Too Many Requests",
        "Too many failed attempts; try again in " + retryAfterSeconds + " seconds.",
        Map.of(),
        "login_throttled",
        retryAfterSeconds);
  }

  public static AuthFailure setupTokenRequired() {
    return new AuthFailure(
        403,
        "Forbidden",
        "The first account needs the setup token from auth-service's log.",
        Map.of(),
        "setup_token_required",
        null);
  }

  public static AuthFailure setupTokenInvalid() {
    return new AuthFailure(
        403, "Forbidden", "The setup token is not correct.", Map.of(), "setup_token_invalid", null);
  }

  public static AuthFailure invalidRefreshToken() {
    return new AuthFailure(
        401, "Unauthorized", "The session has expired or was signed out; log in again.");
  }

  public static AuthFailure registrationClosed() {
    return new AuthFailure(403, "Forbidden", "Registration of new accounts is closed.");
  }

  public static AuthFailure emailTaken() {
    String message = "An account with this email already exists.";
    return new AuthFailure(409, "Conflict", message, Map.of("email", message), null);
  }

  public static AuthFailure userNotFound() {
    return new AuthFailure(404, "Not Found", "No such user.");
  }

  /**
   * One invalid input field that Bean Validation cannot judge (it needs the database or policy).
   */
  public static AuthFailure invalidField(String field, String message) {
    return new AuthFailure(400, "Bad Request", message, Map.of(field, message), null);
  }
}
