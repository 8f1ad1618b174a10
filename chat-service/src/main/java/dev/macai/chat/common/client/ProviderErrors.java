package dev.macai.chat.common.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.macai.chat.common.domain.ProviderFailure;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Says in a provider's name what went wrong calling it, as the {@link ProviderFailure} the REST
 * layer answers as 502 / 503 / 504: no connection (unreachable, the one failure worth retrying), no
 * answer in time, an HTTP error in the provider's own words (429: busy, with its Retry-After), a
 * body that is not the provider's JSON, a stream that stalls or breaks off. One subclass per
 * provider says how its error documents look and what must never be quoted.
 */
public abstract class ProviderErrors {

  private static final int MAX_DETAIL = 500;

  private final String provider;
  private final String baseUrl;
  private final long readTimeoutMillis;
  private final Duration streamIdleTimeout;
  private final Logger log;

  /**
   * @param provider the name messages give the provider ("Ollama")
   * @param baseUrl named when the provider is not reachable
   * @param log the category failures are logged under (the provider's client)
   */
  protected ProviderErrors(
      String provider,
      String baseUrl,
      long readTimeoutMillis,
      Duration streamIdleTimeout,
      Logger log) {
    this.provider = provider;
    this.baseUrl = baseUrl;
    this.readTimeoutMillis = readTimeoutMillis;
    this.streamIdleTimeout = streamIdleTimeout;
    this.log = log;
  }

  /** The provider's own message in an error body, or null when the body is not its error JSON. */
  protected abstract String errorDetail(String body);

  /** What must reach neither a client nor a log taken out of {@code text}; nothing by default. */
  public String redact(String text) {
    return text;
  }

  /** Our own answer to an error {@code status} whose body must not be quoted, or null. */
  protected ProviderFailure unquoted(int status) {
    return null;
  }

  /**
   * What an error without a body is called. {@code reasonPhrase} is the REST client's, null for a
   * stream (the JDK's client knows none).
   */
  protected String emptyBody(int status, String reasonPhrase) {
    return "HTTP " + status;
  }

  /** Runs one call through a REST client; whatever fails comes out as a ProviderFailure. */
  public <T> T call(Supplier<T> request) {
    try {
      return request.get();
    } catch (WebApplicationException e) {
      if (causedBy(e, JsonProcessingException.class)) {
        throw malformed(e);
      }
      Response response = e.getResponse();
      throw answeredWithError(
          response.getStatus(),
          readBody(response),
          response.getStatusInfo().getReasonPhrase(),
          response.getHeaderString("Retry-After"));
    } catch (RuntimeException e) {
      throw transportFailure(e);
    }
  }

  /**
   * Sends a request whose answer is read as it arrives and returns once the provider accepted it
   * (200). No connection, no response head in time, or any other status (its error document read)
   * comes out as a ProviderFailure, the stream then closed.
   */
  public StreamedLines openStream(HttpClient http, HttpRequest request) {
    StreamedLines lines = connect(http, request);
    if (lines.status() != 200) {
      try (lines) {
        throw answeredWithError(
            lines.status(),
            lines.errorBody(),
            null,
            lines.headers().firstValue("Retry-After").orElse(null));
      }
    }
    return lines;
  }

  /** The next line of a stream, or null at its end; a stall or a break comes out translated. */
  public String nextLine(StreamedLines lines) {
    try {
      return lines.next();
    } catch (StreamedLines.IdleTimeout e) {
      throw ProviderFailure.timedOut(
          provider + " stopped sending for " + streamIdleTimeout.toMillis() + " ms mid-reply.");
    } catch (UncheckedIOException e) {
      log.debugf("%s stream broke off: %s", provider, e);
      throw ProviderFailure.failed(provider + "'s stream broke off: " + rootMessage(e));
    } catch (InterruptedException e) {
      throw interrupted();
    }
  }

  /** The provider sent something that is not its API's JSON; {@code what} is only logged. */
  public ProviderFailure malformed(Object what) {
    log.debugf("Unreadable answer from %s: %s", provider, what);
    return ProviderFailure.failed(provider + " answered with malformed JSON.");
  }

  /** Long provider texts are cut: a detail is for a person, not a dump of the provider's page. */
  public static String shorten(String text) {
    return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
  }

  private ProviderFailure answeredWithError(
      int status, String body, String reasonPhrase, String retryAfterHeader) {
    ProviderFailure unquoted = unquoted(status);
    if (unquoted != null) {
      return unquoted;
    }
    String message = quote(status, body, reasonPhrase);
    if (status == 429) {
      return ProviderFailure.busy(
          provider + " is busy: " + message, retryAfterSeconds(retryAfterHeader));
    }
    return ProviderFailure.failed(provider + " answered " + status + ": " + message);
  }

  /** The provider's message from its error JSON; any other body is quoted itself, shortened. */
  private String quote(int status, String body, String reasonPhrase) {
    if (body == null || body.isBlank()) {
      return emptyBody(status, reasonPhrase);
    }
    String detail = errorDetail(body);
    return redact(shorten(detail != null ? detail : body.strip()));
  }

  private StreamedLines connect(HttpClient http, HttpRequest request) {
    try {
      return StreamedLines.open(http, request, streamIdleTimeout);
    } catch (HttpConnectTimeoutException | ConnectException e) {
      log.debugf("%s not reachable: %s", provider, e);
      throw unreachable();
    } catch (HttpTimeoutException e) {
      throw timedOut();
    } catch (IOException e) {
      if (causedBy(e, ConnectException.class) || causedBy(e, UnknownHostException.class)) {
        throw unreachable();
      }
      log.warnf(e, "%s stream could not be opened", provider);
      throw couldNotCall(e);
    } catch (InterruptedException e) {
      throw interrupted();
    }
  }

  private ProviderFailure transportFailure(RuntimeException e) {
    if (causedBy(e, ConnectException.class) || causedBy(e, UnknownHostException.class)) {
      log.debugf("%s not reachable: %s", provider, e);
      return unreachable();
    }
    if (causedBy(e, TimeoutException.class) || causedBy(e, SocketTimeoutException.class)) {
      return timedOut();
    }
    if (causedBy(e, JsonProcessingException.class)) {
      return malformed(e);
    }
    log.warnf(e, "%s call failed", provider);
    return couldNotCall(e);
  }

  private ProviderFailure unreachable() {
    return ProviderFailure.unreachable(provider + " is not reachable at " + baseUrl + ".");
  }

  private ProviderFailure timedOut() {
    return ProviderFailure.timedOut(
        provider + " did not answer within " + readTimeoutMillis + " ms.");
  }

  private ProviderFailure couldNotCall(Throwable e) {
    return ProviderFailure.failed(provider + " could not be called: " + rootMessage(e));
  }

  private ProviderFailure interrupted() {
    Thread.currentThread().interrupt();
    return ProviderFailure.failed("The " + provider + " call was interrupted.");
  }

  private static String readBody(Response response) {
    try {
      return response.readEntity(String.class);
    } catch (RuntimeException unreadable) {
      return null;
    }
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

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
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
}
