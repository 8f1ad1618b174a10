package dev.macai.image.common.domain;

/**
 * A request the service refuses for a reason the caller must learn; each factory fixes the HTTP
 * status and the problem title, so the REST layer maps every failure the same way.
 */
public final class ImageFailure extends RuntimeException {

  private final int status;
  private final String title;
  private final String field;

  private ImageFailure(int status, String title, String detail, String field) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.field = field;
  }

  /** Unknown, or somebody else's: the caller cannot tell the two apart (ARCHITECTURE §2). */
  public static ImageFailure notFound(String what) {
    return new ImageFailure(404, "Not Found", "No such " + what + ".", null);
  }

  /** A signed link that is expired or was altered. */
  public static ImageFailure forbidden(String detail) {
    return new ImageFailure(403, "Forbidden", detail, null);
  }

  /** The row exists but its object is lost (deleted by hand, a storage outage). */
  public static ImageFailure gone(String detail) {
    return new ImageFailure(410, "Gone", detail, null);
  }

  public static ImageFailure conflict(String detail) {
    return new ImageFailure(409, "Conflict", detail, null);
  }

  /** One invalid input field that Bean Validation alone cannot judge. */
  public static ImageFailure invalidField(String field, String message) {
    return new ImageFailure(400, "Bad Request", message, field);
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
}
