package dev.macai.auth.domain;

/**
 * A request the service refuses for a reason the caller must learn: each factory fixes the HTTP
 * status and the problem title, so the REST layer maps every failure the same way.
 */
public final class AuthFailure extends RuntimeException {

  private final int status;
  private final String title;
  private final String field;
  private final long retryAfterSeconds;

  private AuthFailure(int status, String title, String detail, String field, long retryAfter) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.field = field;
    this.retryAfterSeconds = retryAfter;
  }

  /** Unknown email and wrong password answer alike, so an attacker learns nothing. */
  public static AuthFailure invalidCredentials() {
    return new AuthFailure(401, "Unauthorized", "Email or password is not correct.", null, 0);
  }

  public static AuthFailure accountLocked(long retryAfterSeconds) {
    return new AuthFailure(
        429,
        "Too Many Requests",
        "Too many failed logins; the account is locked. Try again in "
            + retryAfterSeconds
            + " seconds.",
        null,
        retryAfterSeconds);
  }

  public static AuthFailure invalidRefreshToken() {
    return new AuthFailure(
        401, "Unauthorized", "The session has expired or was signed out; log in again.", null, 0);
  }

  public static AuthFailure registrationClosed() {
    return new AuthFailure(403, "Forbidden", "Registration of new accounts is closed.", null, 0);
  }

  public static AuthFailure emailTaken() {
    return new AuthFailure(
        409, "Conflict", "An account with this email already exists.", "email", 0);
  }

  public static AuthFailure userNotFound() {
    return new AuthFailure(404, "Not Found", "No such user.", null, 0);
  }

  /**
   * One invalid input field that Bean Validation cannot judge (it needs the database or policy).
   */
  public static AuthFailure invalidField(String field, String message) {
    return new AuthFailure(400, "Bad Request", message, field, 0);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The offending input field, or null when the failure is not about one field. */
  public String field() {
    return field;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
