package dev.macai.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.macai.platform.failure.ServiceFailure;
import dev.macai.platform.provider.ProviderFailure;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into {@code application/problem+json} (ARCHITECTURE §3), the same in every
 * service; no stack trace leaves the service.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
  static final String INVALID_FIELDS = "The request has invalid fields.";

  @ServerExceptionMapper
  public Response invalidInput(ConstraintViolationException e) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .collect(Collectors.toList());
    return respond(400, "Bad Request", INVALID_FIELDS, errors);
  }

  /** Wins over the built-in mapper, which answers with a non-problem body. */
  @ServerExceptionMapper
  public Response wrongType(MismatchedInputException e) {
    return malformedJson(e);
  }

  @ServerExceptionMapper
  public Response malformedJson(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return respond(
          400,
          "Bad Request",
          INVALID_FIELDS,
          List.of(new Problem.FieldError(fieldOf(mapping), "has the wrong type or format")));
    }
    return respond(400, "Bad Request", "The request body is not valid JSON.", List.of());
  }

  @ServerExceptionMapper
  public Response refused(ServiceFailure e) {
    List<Problem.FieldError> errors =
        e.fields().entrySet().stream()
            .map(field -> new Problem.FieldError(field.getKey(), field.getValue()))
            .toList();
    String detail = e.status() == 400 && !errors.isEmpty() ? INVALID_FIELDS : e.getMessage();
    if (e.status() >= 500) {
      LOG.error(e.getMessage());
    }
    Problem problem =
        new Problem(
            e.title(), e.status(), detail, errors, e.retryAfterSeconds(), e.code(), e.extensions());
    return withRetryAfter(problem, e.retryAfterSeconds());
  }

  @ServerExceptionMapper
  public Response providerFailed(ProviderFailure e) {
    LOG.warnf("AI provider call failed (%d): %s", e.status(), e.getMessage());
    return withRetryAfter(
        new Problem(e.title(), e.status(), e.getMessage(), List.of()), e.retryAfterSeconds());
  }

  /** After repeated provider failures calls stop for a while instead of piling up. */
  @ServerExceptionMapper
  public Response providerPaused(CircuitBreakerOpenException e) {
    return withRetryAfter(
        new Problem(
            "Service Unavailable",
            503,
            "The AI provider failed repeatedly; calls to it are paused for a moment.",
            List.of()),
        30L);
  }

  @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
  public Response unauthenticated() {
    return Response.status(401)
        .type(Problem.MEDIA_TYPE)
        .entity(new Problem("Unauthorized", 401, "A valid bearer token is required.", List.of()))
        .header("WWW-Authenticate", "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return respond(403, "Forbidden", "Your account may not do this.", List.of());
  }

  @ServerExceptionMapper
  public Response http(WebApplicationException e) {
    // Quarkus REST wraps body-parsing failures; unwrap them so the client learns which field.
    if (e.getCause() instanceof JsonProcessingException json) {
      return malformedJson(json);
    }
    Response.StatusType status = e.getResponse().getStatusInfo();
    if (status.getStatusCode() >= 500) {
      LOG.error("Request failed", e);
    }
    return respond(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), List.of());
  }

  @ServerExceptionMapper
  public Response unexpected(Exception e) {
    LOG.error("Unexpected failure", e);
    return respond(500, "Internal Server Error", "Something went wrong on our side.", List.of());
  }

  /** The problem a stream sends as its {@code error} event when it fails after the first byte. */
  public static Problem streamProblem(RuntimeException e) {
    if (e instanceof ProviderFailure failure) {
      LOG.warnf("AI provider stream failed (%d): %s", failure.status(), failure.getMessage());
      return new Problem(
          failure.title(),
          failure.status(),
          failure.getMessage(),
          List.of(),
          failure.retryAfterSeconds(),
          null,
          Map.of());
    }
    LOG.error("A stream failed", e);
    return new Problem(
        "Internal Server Error", 500, "Something went wrong on our side.", List.of());
  }

  private static Response respond(
      int status, String title, String detail, List<Problem.FieldError> errors) {
    return withRetryAfter(new Problem(title, status, detail, errors), null);
  }

  private static Response withRetryAfter(Problem problem, Long retryAfterSeconds) {
    Response.ResponseBuilder response =
        Response.status(problem.getStatus()).type(Problem.MEDIA_TYPE).entity(problem);
    if (retryAfterSeconds != null) {
      response.header("Retry-After", retryAfterSeconds);
    }
    return response.build();
  }

  /** {@code {"ids": ["x"]}} names {@code ids[0]}, the way validation names a list element. */
  static String fieldOf(JsonMappingException mapping) {
    return mapping.getPath().stream()
        .map(
            ref ->
                ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  /**
   * {@code create.request.sketchType} becomes {@code sketch_type}, the name the client sent; an
   * element of a list becomes {@code tags[0]}.
   */
  static String fieldOf(ConstraintViolation<?> violation) {
    String field = "";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getIndex() != null && node.getName() != null && node.getName().startsWith("<")) {
        field += "[" + node.getIndex() + "]";
      } else if (node.getName() != null) {
        field = snakeCase(node.getName());
      }
    }
    return field;
  }

  private static String snakeCase(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
  }
}
