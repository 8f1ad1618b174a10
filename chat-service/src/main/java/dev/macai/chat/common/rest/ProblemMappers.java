package dev.macai.chat.common.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.macai.chat.common.domain.ChatFailure;
import dev.macai.chat.common.domain.ProviderFailure;
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
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into {@code application/problem+json}; no stack trace leaves the service. */
public class ProblemMappers {

  // Each service keeps its own copy (no shared runtime library between services).

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
  private static final String INVALID_FIELDS = "The request has invalid fields.";

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
      String field =
          mapping.getPath().stream()
              .map(
                  ref ->
                      ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
              .collect(Collectors.joining("."));
      return respond(
          400,
          "Bad Request",
          INVALID_FIELDS,
          List.of(new Problem.FieldError(field, "has the wrong type or format")));
    }
    return respond(400, "Bad Request", "The request body is not valid JSON.", List.of());
  }

  @ServerExceptionMapper
  public Response refused(ChatFailure e) {
    List<Problem.FieldError> errors =
        e.field() == null ? List.of() : List.of(new Problem.FieldError(e.field(), e.getMessage()));
    String detail = e.field() != null ? INVALID_FIELDS : e.getMessage();
    if (e.status() >= 500) {
      LOG.error(e.getMessage());
    }
    if (e.code() != null) {
      ChatFailure.RetiredModel retired = e.retiredModel();
      return Response.status(e.status())
          .type(Problem.MEDIA_TYPE)
          .entity(
              new Problem(
                  "about:blank",
                  e.title(),
                  e.status(),
                  detail,
                  errors,
                  null,
                  e.code(),
                  retired == null ? null : retired.model(),
                  retired == null ? null : retired.shutdownDate(),
                  retired == null ? null : retired.replacement()))
          .build();
    }
    return respond(e.status(), e.title(), detail, errors);
  }

  @ServerExceptionMapper
  public Response providerFailed(ProviderFailure e) {
    LOG.warnf("AI provider call failed (%d): %s", e.status(), e.getMessage());
    Response.ResponseBuilder response = builder(e.status(), e.title(), e.getMessage(), List.of());
    if (e.retryAfterSeconds() != null) {
      response.header("Retry-After", e.retryAfterSeconds());
    }
    return response.build();
  }

  /** After repeated provider failures calls stop for a while instead of piling up. */
  @ServerExceptionMapper
  public Response providerPaused(CircuitBreakerOpenException e) {
    return builder(
            503,
            "Service Unavailable",
            "The AI provider failed repeatedly; calls to it are paused for a moment.",
            List.of())
        .header("Retry-After", 30)
        .build();
  }

  @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
  public Response unauthenticated() {
    return builder(401, "Unauthorized", "A valid bearer token is required.", List.of())
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

  private static Response respond(
      int status, String title, String detail, List<Problem.FieldError> errors) {
    return builder(status, title, detail, errors).build();
  }

  private static Response.ResponseBuilder builder(
      int status, String title, String detail, List<Problem.FieldError> errors) {
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(new Problem("about:blank", title, status, detail, errors));
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
