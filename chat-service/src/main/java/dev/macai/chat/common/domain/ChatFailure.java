package dev.macai.chat.common.domain;

import java.time.LocalDate;

/**
 * A request the service refuses for a reason the caller must learn; each factory fixes the HTTP
 * status and the problem title, so the REST layer maps every failure the same way.
 */
public final class ChatFailure extends RuntimeException {

  private final int status;
  private final String title;
  private final String field;
  private final String code;
  private final RetiredModel retiredModel;

  private ChatFailure(int status, String title, String detail, String field) {
    this(status, title, detail, field, null, null);
  }

  private ChatFailure(
      int status,
      String title,
      String detail,
      String field,
      String code,
      RetiredModel retiredModel) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.field = field;
    this.code = code;
    this.retiredModel = retiredModel;
  }

  /** The stable {@code code} of a refusal that a client handles by kind. */
  public static final String MODEL_RETIRED = "model_retired";

  /**
   * The conversation's model is no longer served. 409: the conversation is fine and keeps its
   * history, it only has to switch model before it can go on.
   */
  public static ChatFailure modelRetired(String provider, String model, ModelLifecycle lifecycle) {
    String when =
        lifecycle.shutdownDate() != null
            ? "was shut down by " + provider + " on " + lifecycle.shutdownDate()
            : "is no longer offered by " + provider + " to this account";
    String instead =
        lifecycle.replacement() != null
            ? " Switch the conversation to " + lifecycle.replacement() + " to continue;"
            : " Switch the conversation to another model to continue;";
    return new ChatFailure(
        409,
        "Conflict",
        "The model " + model + " " + when + "." + instead + " its history stays.",
        null,
        MODEL_RETIRED,
        new RetiredModel(model, lifecycle.shutdownDate(), lifecycle.replacement()));
  }

  /** Unknown, or somebody else's: the caller cannot tell the two apart (ARCHITECTURE §2). */
  public static ChatFailure notFound(String what) {
    return new ChatFailure(404, "Not Found", "No such " + what + ".", null);
  }

  public static ChatFailure conflict(String detail) {
    return new ChatFailure(409, "Conflict", detail, null);
  }

  /** One invalid input field that Bean Validation alone cannot judge. */
  public static ChatFailure invalidField(String field, String message) {
    return new ChatFailure(400, "Bad Request", message, field);
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

  /** A stable machine-readable kind, or null. */
  public String code() {
    return code;
  }

  /** The retired model, its shutdown date and the replacement, for {@link #MODEL_RETIRED}. */
  public RetiredModel retiredModel() {
    return retiredModel;
  }

  public record RetiredModel(String model, LocalDate shutdownDate, String replacement) {}
}
