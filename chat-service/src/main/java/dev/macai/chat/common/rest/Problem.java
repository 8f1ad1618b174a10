package dev.macai.chat.common.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.macai.chat.common.domain.ProviderFailure;
import java.time.LocalDate;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error response. Extension members appear only
 * when set: {@code code} (a stable kind, e.g. {@code model_retired}) and, for a retired model,
 * {@code model}, {@code model_shutdown_date} and {@code replacement_model}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    List<FieldError> errors,
    Integer retryAfter,
    String code,
    String model,
    LocalDate modelShutdownDate,
    String replacementModel) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    this(type, title, status, detail, errors, null, null, null, null, null);
  }

  public Problem(
      String type,
      String title,
      int status,
      String detail,
      List<FieldError> errors,
      Integer retryAfter) {
    this(type, title, status, detail, errors, retryAfter, null, null, null, null);
  }

  /**
   * A provider failure as a problem document. {@code retry_after} (seconds) repeats the {@code
   * Retry-After} header for an error sent inside a stream, where headers have already gone.
   */
  public static Problem of(ProviderFailure failure) {
    return new Problem(
        "about:blank",
        failure.title(),
        failure.status(),
        failure.getMessage(),
        List.of(),
        failure.retryAfterSeconds());
  }

  public record FieldError(String field, String message) {}
}
