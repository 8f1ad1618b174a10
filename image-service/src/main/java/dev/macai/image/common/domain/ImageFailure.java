package dev.macai.image.common.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the service refuses for a reason the caller must learn; each factory fixes the HTTP
 * status and the problem title, so the REST layer maps every failure the same way.
 */
public final class ImageFailure extends RuntimeException {

  private final int status;
  private final String title;
  private final Map<String, String> fields;

  private ImageFailure(int status, String title, String detail, Map<String, String> fields) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.fields = fields;
  }

  /** Unknown, or somebody else's: the caller cannot tell the two apart (ARCHITECTURE §2). */
  public static ImageFailure notFound(String what) {
    return new ImageFailure(404, "Not Found", "No such " + what + ".", Map.of());
  }

  /** A signed link that is expired or was altered. */
  public static ImageFailure forbidden(String detail) {
    return new ImageFailure(403, "Forbidden", detail, Map.of());
  }

  /** The row exists but its object is lost (deleted by hand, a storage outage). */
  public static ImageFailure gone(String detail) {
    return new ImageFailure(410, "Gone", detail, Map.of());
  }

  public static ImageFailure conflict(String detail) {
    return new ImageFailure(409, "Conflict", detail, Map.of());
  }

  /** One invalid input field that Bean Validation alone cannot judge. */
  public static ImageFailure invalidField(String field, String message) {
    return new ImageFailure(400, "Bad Request", message, Map.of(field, message));
  }

  /** Several invalid fields (field name to message, in the order given), reported together. */
  public static ImageFailure invalidFields(Map<String, String> fields) {
    return new ImageFailure(
        400, "Bad Request", String.join("; ", fields.values()), new LinkedHashMap<>(fields));
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
}
