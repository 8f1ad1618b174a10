package dev.macai.platform.failure;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the service refuses for a reason the caller must learn. The factories fix the HTTP
 * status and the problem title, so every service maps a refusal the same way; a service adds its
 * own refusals (a locked account, a retired model) as a subclass.
 */
public class ServiceFailure extends RuntimeException {

  private final int status;
  private final String title;
  private final Map<String, String> fields;
  private final String code;
  private final Long retryAfterSeconds;
  private final Map<String, Object> extensions;

  /**
   * @param fields invalid input fields and their messages, in the order to report them
   * @param code a stable kind a client handles by name, or null
   * @param retryAfterSeconds when to try again, sent as {@code Retry-After}, or null
   * @param extensions further problem members, keys in snake_case
   */
  protected ServiceFailure(
      int status,
      String title,
      String detail,
      Map<String, String> fields,
      String code,
      Long retryAfterSeconds,
      Map<String, Object> extensions) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.fields = new LinkedHashMap<>(fields);
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
    this.extensions = new LinkedHashMap<>(extensions);
  }

  protected ServiceFailure(int status, String title, String detail) {
    this(status, title, detail, Map.of(), null, null, Map.of());
  }

  /** Unknown, or somebody else's: the caller cannot tell the two apart (ARCHITECTURE §2). */
  public static ServiceFailure notFound(String what) {
    return new ServiceFailure(404, "Not Found", "No such " + what + ".");
  }

  public static ServiceFailure conflict(String detail) {
    return new ServiceFailure(409, "Conflict", detail);
  }

  public static ServiceFailure forbidden(String detail) {
    return new ServiceFailure(403, "Forbidden", detail);
  }

  /** The row exists but what it points to is lost (deleted by hand, a storage outage). */
  public static ServiceFailure gone(String detail) {
    return new ServiceFailure(410, "Gone", detail);
  }

  /** One invalid input field that Bean Validation alone cannot judge. */
  public static ServiceFailure invalidField(String field, String message) {
    return invalidFields(Map.of(field, message));
  }

  /** Several invalid fields (field name to message, in the order given), reported together. */
  public static ServiceFailure invalidFields(Map<String, String> fields) {
    return new ServiceFailure(
        400, "Bad Request", String.join("; ", fields.values()), fields, null, null, Map.of());
  }

  /** A dependency of ours (storage, a cache) does not answer; nothing is lost, retry shortly. */
  public static ServiceFailure unavailable(String detail) {
    return new ServiceFailure(503, "Service Unavailable", detail);
  }

  /**
   * The caller holds too much of something at once (open streams, running jobs); {@code code} names
   * what, so a client can say so in its own words.
   */
  public static ServiceFailure tooMany(String code, String detail, Long retryAfterSeconds) {
    return new ServiceFailure(
        429, "Too Many Requests", detail, Map.of(), code, retryAfterSeconds, Map.of());
  }

  /** Stored data that cannot be used as it is, e.g. a secret written with another key. */
  public static ServiceFailure internal(String detail) {
    return new ServiceFailure(500, "Internal Server Error", detail);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The offending input fields with their messages; empty when the failure is about none. */
  public Map<String, String> fields() {
    return fields;
  }

  public String code() {
    return code;
  }

  public Long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public Map<String, Object> extensions() {
    return extensions;
  }
}
