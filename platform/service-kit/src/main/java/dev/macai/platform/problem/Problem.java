package dev.macai.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document, the body of every error response (ARCHITECTURE §3). Members are
 * left out when empty: {@code errors} (one entry per invalid field), {@code retry_after} (seconds,
 * repeating the {@code Retry-After} header for an error sent inside a stream, where headers have
 * gone), {@code code} (a stable kind a client handles, e.g. {@code model_retired}) and any
 * extension members a failure adds, already in snake_case.
 */
// Returned inside a Response, so a native image would not see it as a REST type by itself.
@RegisterForReflection(targets = {Problem.class, Problem.FieldError.class})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "errors", "retry_after", "code"})
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";

  private final String title;
  private final int status;
  private final String detail;
  private final List<FieldError> errors;
  private final Long retryAfter;
  private final String code;
  private final Map<String, Object> extensions;

  public Problem(
      String title,
      int status,
      String detail,
      List<FieldError> errors,
      Long retryAfter,
      String code,
      Map<String, Object> extensions) {
    this.title = title;
    this.status = status;
    this.detail = detail;
    this.errors = List.copyOf(errors);
    this.retryAfter = retryAfter;
    this.code = code;
    this.extensions = new LinkedHashMap<>(extensions);
  }

  public Problem(String title, int status, String detail, List<FieldError> errors) {
    this(title, status, detail, errors, null, null, Map.of());
  }

  /** Always {@code about:blank}: the title and status say what kind of problem it is. */
  public String getType() {
    return "about:blank";
  }

  public String getTitle() {
    return title;
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public int getStatus() {
    return status;
  }

  public String getDetail() {
    return detail;
  }

  public List<FieldError> getErrors() {
    return errors;
  }

  public Long getRetryAfter() {
    return retryAfter;
  }

  public String getCode() {
    return code;
  }

  @JsonAnyGetter
  public Map<String, Object> extensions() {
    return extensions;
  }

  /**
   * One invalid input field, named as the client sent it ({@code sketch_type}, {@code tags[0]}).
   */
  public record FieldError(String field, String message) {}
}
