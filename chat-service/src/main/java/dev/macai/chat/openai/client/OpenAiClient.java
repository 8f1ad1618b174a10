package dev.macai.chat.openai.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.chat.common.client.StreamedLines;
import dev.macai.chat.common.domain.ChatCompletion;
import dev.macai.chat.common.domain.ChatPrompt;
import dev.macai.chat.common.domain.ProviderFailure;
import dev.macai.chat.openai.config.OpenAiConfig;
import dev.macai.chat.openai.domain.ChatStreamReader;
import dev.macai.chat.openai.domain.OfferedModel;
import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The one door to OpenAI. Owns the API key (sent, never logged, never echoed), retries when there
 * is no connection (3 tries, {@code quarkus.fault-tolerance} delay), a circuit breaker against a
 * failing API, and the translation of every failure into a {@link ProviderFailure} the REST layer
 * answers as 502 / 503 / 504. Timeouts are the REST client's ({@code
 * quarkus.rest-client.openai.connect-timeout} / {@code read-timeout}); streaming uses the JDK's
 * HTTP client with the same base URL and timeouts, because the REST client would buffer the whole
 * Server-Sent Events body before handing it over.
 */
@ApplicationScoped
public class OpenAiClient {

  private static final Logger LOG = Logger.getLogger(OpenAiClient.class);
  private static final int MAX_DETAIL = 500;

  private final OpenAiApi api;
  private final ObjectMapper json;
  private final String baseUrl;
  private final Optional<String> apiKey;
  private final long readTimeoutMillis;
  private final HttpClient http;
  private final Duration streamIdleTimeout;

  OpenAiClient(
      @RestClient OpenAiApi api,
      ObjectMapper json,
      OpenAiConfig config,
      @ConfigProperty(name = "quarkus.rest-client.openai.url") String baseUrl,
      @ConfigProperty(name = "quarkus.rest-client.openai.connect-timeout")
          long connectTimeoutMillis,
      @ConfigProperty(name = "quarkus.rest-client.openai.read-timeout") long readTimeoutMillis,
      @ConfigProperty(name = "chat.stream.idle-timeout") Duration streamIdleTimeout) {
    this.streamIdleTimeout = streamIdleTimeout;
    this.api = api;
    this.json = json;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.apiKey = config.apiKey().map(String::strip).filter(key -> !key.isEmpty());
    this.readTimeoutMillis = readTimeoutMillis;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofMillis(connectTimeoutMillis))
            // SSE needs nothing newer; plain-http HTTP/2 upgrade attempts confuse some proxies.
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** Whether an API key is set; without one every call answers 503. */
  public boolean configured() {
    return apiKey.isPresent();
  }

  /**
   * The models OpenAI offers this key ({@code /v1/models}), with their shutdown dates. No retry: an
   * unreachable OpenAI must not make the model picker wait 10 s.
   */
  @CircuitBreaker(
      failOn = ProviderFailure.class,
      skipOn = ProviderFailure.NotConfigured.class,
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 30000)
  @Timed(
      value = "provider.calls",
      extraTags = {"provider", "openai", "operation", "models"})
  public List<OfferedModel> models() {
    String authorization = authorization();
    OpenAiWire.Models models = call(() -> api.models(authorization));
    if (models == null || models.data() == null) {
      throw ProviderFailure.failed("OpenAI answered /v1/models without a model list.");
    }
    return models.data().stream()
        .filter(model -> model != null && model.id() != null)
        .map(
            model ->
                new OfferedModel(
                    model.id(), model.created() == null ? 0 : model.created(), shutdownDate(model)))
        .toList();
  }

  /** A date we cannot read is treated as none announced, rather than hiding the model. */
  private static LocalDate shutdownDate(OpenAiWire.Model model) {
    String date = model.shutdownDate();
    if (date == null || date.isBlank()) {
      return null;
    }
    try {
      // Tolerates a timestamp ("2027-01-14T00:00:00Z") as well as the documented plain date.
      return LocalDate.parse(date.strip().length() > 10 ? date.strip().substring(0, 10) : date);
    } catch (DateTimeParseException e) {
      LOG.warnf("OpenAI model %s has an unreadable shutdown_date '%s'", model.id(), date);
      return null;
    }
  }

  /** One non-streaming chat completion. */
  @Retry(retryOn = ProviderFailure.Unreachable.class, maxRetries = 2, delay = 5000)
  @CircuitBreaker(
      failOn = ProviderFailure.class,
      skipOn = ProviderFailure.NotConfigured.class,
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 30000)
  @Timed(
      value = "provider.calls",
      extraTags = {"provider", "openai", "operation", "chat"})
  public ChatCompletion complete(ChatPrompt prompt) {
    String authorization = authorization();
    OpenAiWire.Completion completion =
        call(() -> api.complete(authorization, request(prompt, false)));
    if (completion == null
        || completion.choices() == null
        || completion.choices().isEmpty()
        || completion.choices().get(0).message() == null
        || completion.choices().get(0).message().content() == null) {
      throw ProviderFailure.failed("OpenAI answered /v1/chat/completions without a message.");
    }
    OpenAiWire.Usage usage = completion.usage();
    return new ChatCompletion(
        completion.choices().get(0).message().content(),
        completion.model() == null ? prompt.model() : completion.model(),
        usage == null ? 0 : orZero(usage.promptTokens()),
        usage == null ? 0 : orZero(usage.completionTokens()));
  }

  /**
   * A streamed chat completion: every piece of text goes to {@code onToken} as its line arrives.
   * Retrying is safe because only a failed connection is retried, before any text was passed on.
   */
  @Retry(retryOn = ProviderFailure.Unreachable.class, maxRetries = 2, delay = 5000)
  @CircuitBreaker(
      failOn = ProviderFailure.class,
      skipOn = ProviderFailure.NotConfigured.class,
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 30000)
  @Timed(
      value = "provider.calls",
      extraTags = {"provider", "openai", "operation", "chat-stream"})
  public ChatCompletion stream(ChatPrompt prompt, Consumer<String> onToken) {
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(baseUrl + "/v1/chat/completions"))
              // Until the response headers arrive; OpenAI sends them before the first token.
              .timeout(Duration.ofMillis(readTimeoutMillis))
              .header("Authorization", authorization())
              .header("Content-Type", "application/json")
              .header("Accept", "text/event-stream")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      json.writeValueAsString(request(prompt, true))))
              .build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write the OpenAI request", e);
    }
    try (StreamedLines lines = send(request)) {
      if (lines.status() != 200) {
        throw answeredWithError(
            lines.status(),
            lines.errorBody(),
            lines.headers().firstValue("Retry-After").orElse(null));
      }
      ChatStreamReader reader = new ChatStreamReader();
      for (String line = nextLine(lines); line != null; line = nextLine(lines)) {
        Optional<String> token;
        try {
          token = reader.accept(line);
        } catch (ChatStreamReader.MalformedChunk e) {
          LOG.debugf("Unreadable stream chunk from OpenAI: %s", e.getMessage());
          throw ProviderFailure.failed("OpenAI answered with malformed JSON.");
        } catch (ChatStreamReader.StreamError e) {
          throw ProviderFailure.failed("OpenAI failed mid-stream: " + redact(e.getMessage()));
        }
        // Outside the try blocks: a failure of onToken (the client went away) is not OpenAI's.
        token.ifPresent(onToken);
        if (reader.done()) {
          break;
        }
      }
      if (!reader.done()) {
        throw ProviderFailure.failed("OpenAI's stream ended before [DONE].");
      }
      return reader.completion(prompt.model());
    }
  }

  private StreamedLines send(HttpRequest request) {
    try {
      return StreamedLines.open(http, request, streamIdleTimeout);
    } catch (HttpConnectTimeoutException | ConnectException e) {
      LOG.debugf("OpenAI not reachable: %s", e);
      throw unreachable();
    } catch (HttpTimeoutException e) {
      throw timedOut();
    } catch (IOException e) {
      if (causedBy(e, ConnectException.class) || causedBy(e, UnknownHostException.class)) {
        throw unreachable();
      }
      LOG.warn("OpenAI stream could not be opened", e);
      throw ProviderFailure.failed("OpenAI could not be called: " + rootMessage(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ProviderFailure.failed("The OpenAI call was interrupted.");
    }
  }

  private String nextLine(StreamedLines lines) {
    try {
      return lines.next();
    } catch (StreamedLines.IdleTimeout e) {
      throw ProviderFailure.timedOut(
          "OpenAI stopped sending for " + streamIdleTimeout.toMillis() + " ms mid-reply.");
    } catch (UncheckedIOException e) {
      LOG.debugf("OpenAI stream broke off: %s", e);
      throw ProviderFailure.failed("OpenAI's stream broke off: " + rootMessage(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ProviderFailure.failed("The OpenAI call was interrupted.");
    }
  }

  private OpenAiWire.ChatRequest request(ChatPrompt prompt, boolean stream) {
    List<OpenAiWire.Message> messages =
        prompt.messages().stream()
            .map(turn -> new OpenAiWire.Message(turn.role(), turn.content()))
            .toList();
    return new OpenAiWire.ChatRequest(
        prompt.model(),
        messages,
        stream,
        // Without it a streamed reply carries no token counts at all.
        stream ? new OpenAiWire.StreamOptions(true) : null,
        prompt.temperature(),
        prompt.maxTokens());
  }

  private String authorization() {
    return "Bearer "
        + apiKey.orElseThrow(
            () -> ProviderFailure.notConfigured("OpenAI is not configured (OPENAI_API_KEY)."));
  }

  private <T> T call(Supplier<T> request) {
    try {
      return request.get();
    } catch (WebApplicationException e) {
      if (causedBy(e, JsonProcessingException.class)) {
        throw garbage(e);
      }
      Response response = e.getResponse();
      throw answeredWithError(
          response.getStatus(), readBody(response), response.getHeaderString("Retry-After"));
    } catch (RuntimeException e) {
      throw transportFailure(e);
    }
  }

  private ProviderFailure answeredWithError(int status, String body, String retryAfter) {
    if (status == 401) {
      // OpenAI's message quotes part of the key: say what is wrong without repeating it.
      return ProviderFailure.failed("OpenAI rejected the API key (OPENAI_API_KEY).");
    }
    String message = providerMessage(status, body);
    if (status == 429) {
      return ProviderFailure.busy("OpenAI is busy: " + message, retryAfterSeconds(retryAfter));
    }
    return ProviderFailure.failed("OpenAI answered " + status + ": " + message);
  }

  private ProviderFailure transportFailure(RuntimeException e) {
    if (causedBy(e, ConnectException.class) || causedBy(e, UnknownHostException.class)) {
      LOG.debugf("OpenAI not reachable: %s", e);
      return unreachable();
    }
    if (causedBy(e, TimeoutException.class) || causedBy(e, SocketTimeoutException.class)) {
      return timedOut();
    }
    if (causedBy(e, JsonProcessingException.class)) {
      return garbage(e);
    }
    LOG.warn("OpenAI call failed", e);
    return ProviderFailure.failed("OpenAI could not be called: " + rootMessage(e));
  }

  private ProviderFailure unreachable() {
    return ProviderFailure.unreachable("OpenAI is not reachable at " + baseUrl + ".");
  }

  private ProviderFailure timedOut() {
    return ProviderFailure.timedOut("OpenAI did not answer within " + readTimeoutMillis + " ms.");
  }

  private static ProviderFailure garbage(Exception e) {
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
      OpenAiWire.Error error = json.readValue(body, OpenAiWire.Error.class);
      if (error != null && error.error() != null && error.error().message() != null) {
        return redact(shorten(error.error().message()));
      }
    } catch (JsonProcessingException notJson) {
      // fall through: quote the body itself
    }
    return redact(shorten(body.strip()));
  }

  /** Belt and braces: whatever OpenAI says, our key does not travel on to a client or a log. */
  private String redact(String text) {
    return apiKey.map(key -> text.replace(key, "[redacted]")).orElse(text);
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

  private static String shorten(String text) {
    return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
  }

  private static int orZero(Integer count) {
    return count == null ? 0 : count;
  }
}
