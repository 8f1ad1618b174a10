package dev.macai.image.common.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.image.common.domain.ProviderFailure;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Turns everything that can go wrong calling OpenAI into a {@link ProviderFailure}: the REST layer
 * answers 502 (error answer, garbage, unreachable), 503 (rate limited, with Retry-After) or 504
 * (timeout), with OpenAI's own message and never the key.
 */
public final class OpenAiErrors {

  private static final Logger LOG = Logger.getLogger(OpenAiErrors.class);
  private static final int MAX_DETAIL = 500;

  private final ObjectMapper json;
  private final String baseUrl;
  private final long readTimeoutMillis;
  private final Optional<String> key;
  private final String keyName;

  public OpenAiErrors(
      ObjectMapper json,
      String baseUrl,
      long readTimeoutMillis,
      Optional<String> key,
      String keyName) {
    this.json = json;
    this.baseUrl = baseUrl;
    this.readTimeoutMillis = readTimeoutMillis;
    this.key = key;
    this.keyName = keyName;
  }

  public String authorization() {
    return "Bearer "
        + key.orElseThrow(
            () -> ProviderFailure.notConfigured("OpenAI is not configured (" + keyName + ")."));
  }

  public <T> T call(Supplier<T> request) {
    try {
      return request.get();
    } catch (WebApplicationException e) {
      if (causedBy(e, JsonProcessingException.class)) {
        throw garbage(e);
      }
      Response response = e.getResponse();
      throw answeredWithError(
          response.getStatus(), readBody(response), response.getHeaderString("Retry-After"));
    } catch (ProviderFailure e) {
      throw e;
    } catch (RuntimeException e) {
      throw transportFailure(e);
    }
  }

  public ProviderFailure answeredWithError(int status, String body, String retryAfter) {
    if (status == 401) {
      // OpenAI's message quotes part of the key: say what is wrong without repeating it.
      return ProviderFailure.failed("OpenAI rejected the API key (" + keyName + ").");
    }
    String message = providerMessage(status, body);
    if (status == 429) {
      return ProviderFailure.busy("OpenAI is busy: " + message, retryAfterSeconds(retryAfter));
    }
    return ProviderFailure.refused("OpenAI answered " + status + ": " + message, errorCode(body));
  }

  public ProviderFailure transportFailure(RuntimeException e) {
    if (causedBy(e, ConnectException.class) || causedBy(e, UnknownHostException.class)) {
      LOG.debugf("OpenAI not reachable: %s", e);
      return ProviderFailure.unreachable("OpenAI is not reachable at " + baseUrl + ".");
    }
    if (causedBy(e, TimeoutException.class) || causedBy(e, SocketTimeoutException.class)) {
      return ProviderFailure.timedOut("OpenAI did not answer within " + readTimeoutMillis + " ms.");
    }
    if (causedBy(e, JsonProcessingException.class)) {
      return garbage(e);
    }
    LOG.warn("OpenAI call failed", e);
    return ProviderFailure.failed("OpenAI could not be called: " + redact(rootMessage(e)));
  }

  public static ProviderFailure garbage(Exception e) {
    LOG.debugf("Unreadable answer from OpenAI: %s", e);
    return ProviderFailure.failed("OpenAI answered with malformed JSON.");
  }

  private static String readBody(Response response) {
    try {
      return response.readEntity(String.class);
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  /**
   * OpenAI's errors are {@code {"error": {"message": ...}}}; anything else is quoted, shortened.
   */
  private String providerMessage(int status, String body) {
    if (body == null || body.isBlank()) {
      return "HTTP " + status;
    }
    try {
      JsonNode message = json.readTree(body).path("error").path("message");
      if (message.isTextual()) {
        return redact(shorten(message.asText()));
      }
    } catch (JsonProcessingException notJson) {
      // fall through: quote the body itself
    }
    return redact(shorten(body.strip()));
  }

  /** OpenAI's {@code error.code} ({@code model_not_found}, {@code invalid_value}…), or null. */
  private String errorCode(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonNode code = json.readTree(body).path("error").path("code");
      return code.isTextual() ? code.asText() : null;
    } catch (JsonProcessingException notJson) {
      return null;
    }
  }

  /** Belt and braces: whatever OpenAI says, our key does not travel on to a client or a log. */
  private String redact(String text) {
    return key.map(k -> text.replace(k, "[redacted]")).orElse(text);
  }

  private static Integer retryAfterSeconds(String header) {
    if (header == null) {
      return null;
    }
    try {
      return Math.max(0, Integer.parseInt(header.strip()));
    } catch (NumberFormatException httpDate) {
      return null;
    }
  }

  public static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  private static String shorten(String text) {
    return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
  }
}
