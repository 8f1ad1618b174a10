package dev.macai.chat.common.client;

import dev.macai.platform.provider.ProviderErrors;
import dev.macai.platform.provider.ProviderFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * A chat provider's calls with their failures translated: REST calls through the service kit's
 * {@link ProviderErrors}, and the streamed replies, which chat-service reads line by line with the
 * JDK's client, the same way plus what only a stream can do (stall, break off mid-reply).
 */
public final class ProviderCalls {

  private static final Logger LOG = Logger.getLogger(ProviderCalls.class);

  private final String provider;
  private final ProviderErrors errors;
  private final Duration streamIdleTimeout;

  public ProviderCalls(String provider, ProviderErrors errors, Duration streamIdleTimeout) {
    this.provider = provider;
    this.errors = errors;
    this.streamIdleTimeout = streamIdleTimeout;
  }

  /** Runs one call through a REST client; whatever fails comes out as a ProviderFailure. */
  public <T> T call(Supplier<T> request) {
    return errors.call(request);
  }

  /**
   * Sends a request whose answer is read as it arrives and returns once the provider accepted it
   * (200). No connection, no response head in time, or any other status (its error document read)
   * comes out as a ProviderFailure, the stream then closed.
   */
  public StreamedLines openStream(HttpClient http, HttpRequest request) {
    StreamedLines lines;
    try {
      lines = StreamedLines.open(http, request, streamIdleTimeout);
    } catch (IOException | InterruptedException e) {
      throw errors.transportFailure(e);
    }
    if (lines.status() != 200) {
      try (lines) {
        throw errors.answeredWithError(
            lines.status(),
            lines.errorBody(),
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
      LOG.debugf("%s stream broke off: %s", provider, e);
      throw ProviderFailure.failed(provider + "'s stream broke off: " + errors.transportMessage(e));
    } catch (InterruptedException e) {
      throw errors.transportFailure(e);
    }
  }

  /** The provider sent something that is not its API's JSON; {@code what} is only logged. */
  public ProviderFailure malformed(Object what) {
    return errors.malformed(what);
  }

  /** Takes our key out of a provider's text before it reaches a client or a log. */
  public String redact(String text) {
    return errors.scrub(text);
  }
}
