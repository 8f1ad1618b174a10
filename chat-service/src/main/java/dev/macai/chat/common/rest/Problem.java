package dev.macai.chat.common.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.macai.chat.common.domain.ProviderFailure;
import java.util.List;

/** An RFC 9457 problem document, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    List<FieldError> errors,
    Integer retryAfter) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    this(type, title, status, detail, errors, null);
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
