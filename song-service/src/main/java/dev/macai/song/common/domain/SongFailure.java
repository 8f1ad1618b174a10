package dev.macai.song.common.domain;

/**
 * A request the service refuses for a reason the caller must learn; each factory fixes the HTTP
 * status and the problem title, so the REST layer maps every failure the same way.
 */
public final class SongFailure extends RuntimeException {

  private final int status;
  private final String title;
  private final String field;

  private SongFailure(int status, String title, String detail, String field) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.field = field;
  }

  /** Unknown, or somebody else's: the caller cannot tell the two apart (ARCHITECTURE §2). */
  public static SongFailure notFound(String what) {
    return new SongFailure(404, "Not Found", "No such " + what + ".", null);
  }

  public static SongFailure conflict(String detail) {
    return new SongFailure(409, "Conflict", detail, null);
  }

  /** One invalid input field that Bean Validation alone cannot judge. */
  public static SongFailure invalidField(String field, String message) {
    return new SongFailure(400, "Bad Request", message, field);
  }

  /** The audio store (S3, the disk) did not answer; nothing is lost, the caller can retry. */
  public static SongFailure storageUnavailable() {
    return new SongFailure(
        503, "Service Unavailable", "The audio storage does not answer; try again shortly.", null);
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
