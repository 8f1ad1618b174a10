package dev.macai.auth.domain;

import dev.macai.platform.failure.ServiceFailure;
import java.util.Map;

/**
 * The refusals only auth-service makes: wrong credentials, a locked account, a dead session. The
 * REST layer maps them like every other {@link ServiceFailure}.
 */
public final class AuthFailure extends ServiceFailure {

  private AuthFailure(int status, String title, String detail) {
    super(status, title, detail);
  }

  private AuthFailure(
      int status, String title, String detail, Map<String, String> fields, Long retryAfter) {
    super(status, title, detail, fields, null, retryAfter, Map.of());
  }

  /** Unknown email and wrong password answer alike, so an attacker learns nothing. */
  public static AuthFailure invalidCredentials() {
    return new AuthFailure(401, "Unauthorized", "Email or password is not correct.");
  }

  public static AuthFailure accountLocked(long retryAfterSeconds) {
    return new AuthFailure(
        429,
        "Too Many Requests",
        "Too many failed logins; the account is locked. Try again in "
            + retryAfterSeconds
            + " seconds.",
        Map.of(),
        retryAfterSeconds);
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
