package dev.macai.chat.ollama.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.chat.common.client.StreamedLines;
import dev.macai.chat.common.domain.ChatCompletion;
import dev.macai.chat.common.domain.ChatPrompt;
import dev.macai.chat.common.domain.ProviderFailure;
import dev.macai.chat.ollama.domain.ContextWindow;
import dev.macai.chat.ollama.domain.Generation;
import dev.macai.chat.ollama.domain.OllamaModel;
import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The one door to Ollama. Owns what the raw REST client does not: retries when there is no
 * connection (3 tries, {@code quarkus.fault-tolerance} delay), a circuit breaker against a failing
 * server, the context-window cache, and the translation of every failure into a {@link
 * ProviderFailure} the REST layer answers as 502 / 503 / 504. Timeouts are the REST client's
 * ({@code quarkus.rest-client.ollama.connect-timeout} / {@code read-timeout}).
 */
@ApplicationScoped
public class OllamaClient {

  private static final Logger LOG = Logger.getLogger(OllamaClient.class);
  private static final int MAX_DETAIL = 500;

  private final OllamaApi api;
  private final ObjectMapper json;
  private final String baseUrl;
  private final long readTimeoutMillis;
  private final Duration modelInfoTtl;
  private final Duration streamIdleTimeout;
  private final ConcurrentMap<String, CachedWindow> windows = new ConcurrentHashMap<>();
  // The REST client hands over a body only once it is complete; streaming needs lines as they come.
  private final HttpClient streamingHttp;

  OllamaClient(
      @RestClient OllamaApi api,
      ObjectMapper json,
      @ConfigProperty(name = "quarkus.rest-client.ollama.url") String baseUrl,
      @ConfigProperty(name = "quarkus.rest-client.ollama.read-timeout") long readTimeoutMillis,
      @ConfigProperty(name = "quarkus.rest-client.ollama.connect-timeout")
          long connectTimeoutMillis,
      @ConfigProperty(name = "chat.ollama.model-info-ttl") Duration modelInfoTtl,
      @ConfigProperty(name = "chat.stream.idle-timeout") Duration streamIdleTimeout) {
    this.streamIdleTimeout = streamIdleTimeout;
    this.streamingHttp =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofMillis(connectTimeoutMillis))
            .build();
    this.api = api;
    this.json = json;
    this.baseUrl = baseUrl;
    this.readTimeoutMillis = readTimeoutMillis;
    this.modelInfoTtl = modelInfoTtl;
  }

  /** The installed models ({@code /api/tags}), each with its context window from /api/show. */
  @Retry(retryOn = ProviderFailure.Unreachable.class, maxRetries = 2, delay = 5000)
  @CircuitBreaker(
      failOn = ProviderFailure.class,
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 30000)
  @Timed(
      value = "provider.calls",
      extraTags = {"provider", "ollama", "operation", "models"})
  public List<OllamaModel> models() {
    OllamaWire.Tags tags = call(api::tags);
    if (tags == null || tags.models() == null) {
      throw ProviderFailure.failed("Ollama answered /api/tags without a model list.");
    }
    return tags.models().stream()
        .map(
            model ->
                new OllamaModel(
                    model.name(),
                    model.size(),
                    model.details() == null ? null : model.details().family(),
                    contextWindow(model.name())))
        .toList();
  }

  /**
   * One non-streaming completion of {@code prompt}; {@code maxTokens} caps the answer and {@code
   * contextWindow} is sent as {@code num_ctx}.
   */
  @Retry(retryOn = ProviderFailure.Unreachable.class, maxRetries = 2, delay = 5000)
  @CircuitBreaker(
      failOn = ProviderFailure.class,
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 30000)
  @Timed(
      value = "provider.calls",
      extraTags = {"provider", "ollama", "operation", "generate"})
  public Generation generate(
      String model, String prompt, BigDecimal temperature, int maxTokens, int contextWindow) {
    OllamaWire.Generated generated =
        call(
            () ->
                api.generate(
                    new OllamaWire.GenerateRequest(
                        model,
                        prompt,
                        false,
                        new OllamaWire.Options(temperature, maxTokens, contextWindow))));
    if (generated == null || generated.response() == null) {
      throw ProviderFailure.failed("Ollama answered /api/generate without a response.");
    }
    return new Generation(
        generated.response(),
        generated.model() == null ? model : generated.model(),
        orZero(generated.promptEvalCount()),
        orZero(generated.evalCount()));
  }

  /** One complete chat reply ({@code /api/chat}, {@code stream: false}). */
  @Retry(retryOn = ProviderFailure.Unreachable.class, maxRetries = 2, delay = 5000)
  @CircuitBreaker(
      failOn = ProviderFailure.class,
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 30000)
  @Timed(
      value = "provider.calls",
      extraTags = {"provider", "ollama", "operation", "chat"})
  public ChatCompletion chat(ChatPrompt prompt) {
    OllamaWire.ChatChunk answer = call(() -> api.chat(chatRequest(prompt, false)));
    if (answer == null || answer.message() == null || answer.message().content() == null) {
      throw ProviderFailure.failed("Ollama answered /api/chat without a message.");
    }
    return completion(prompt, answer, answer.message().content());
  }

  /**
   * A streamed chat reply: each NDJSON line's piece goes to {@code onToken} as soon as it arrives;
   * the counters come with the final {@code done} line. An exception thrown by {@code onToken} (the
   * client went away) is not translated: it stops reading and reaches the caller as is. The read
   * timeout bounds the wait for the response head, {@code chat.stream.idle-timeout} each silence
   * after it.
   */
  @Retry(retryOn = ProviderFailure.Unreachable.class, maxRetries = 2, delay = 5000)
  @CircuitBreaker(
      failOn = ProviderFailure.class,
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 30000)
  @Timed(
      value = "provider.calls",
      extraTags = {"provider", "ollama", "operation", "chat-stream"})
  public ChatCompletion streamChat(ChatPrompt prompt, Consumer<String> onToken) {
    try (ChatStream stream = openChatStream(prompt)) {
      return stream.drain(onToken);
    }
  }

  /**
   * Starts a streamed chat reply and returns once Ollama has accepted it, so that a caller can
   * still answer a refusal (an HTTP error, no connection) as an ordinary problem response.
   */
  @Retry(retryOn = ProviderFailure.Unreachable.class, maxRetries = 2, delay = 5000)
  @CircuitBreaker(
      failOn = ProviderFailure.class,
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 30000)
  public ChatStream openChatStream(ChatPrompt prompt) {
    StreamedLines lines = openLines(prompt);
    if (lines.status() != 200) {
      try (lines) {
        throw answeredWithError(
            lines.status(),
            lines.errorBody(),
            "HTTP " + lines.status(),
            lines.headers().firstValue("Retry-After").orElse(null));
      }
    }
    return new ChatStream(prompt, lines);
  }

  /** A reply Ollama is sending; read it once with {@link #drain}, then close it. */
  public final class ChatStream implements AutoCloseable {
    private final ChatPrompt prompt;
    private final StreamedLines lines;

    private ChatStream(ChatPrompt prompt, StreamedLines lines) {
      this.prompt = prompt;
      this.lines = lines;
    }

    /** Hands each piece to {@code onToken}; answers the whole reply with Ollama's counters. */
    public ChatCompletion drain(Consumer<String> onToken) {
      StringBuilder content = new StringBuilder();
      for (String line = nextLine(lines); line != null; line = nextLine(lines)) {
        if (line.isBlank()) {
          continue;
        }
        OllamaWire.ChatChunk chunk = parseChunk(line);
        if (chunk.error() != null) {
          throw ProviderFailure.failed("Ollama failed mid-stream: " + shorten(chunk.error()));
        }
        String piece = chunk.message() == null ? null : chunk.message().content();
        if (piece != null && !piece.isEmpty()) {
          content.append(piece);
          onToken.accept(piece);
        }
        if (chunk.done()) {
          return completion(prompt, chunk, content.toString());
        }
      }
      throw ProviderFailure.failed("Ollama's stream ended before its final chunk.");
    }

    @Override
    public void close() {
      lines.close();
    }
  }

  private StreamedLines openLines(ChatPrompt prompt) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(stripSlash(baseUrl) + "/api/chat"))
              .timeout(Duration.ofMillis(readTimeoutMillis))
              .header("Content-Type", "application/json")
              .header("Accept", "application/x-ndjson")
              .POST(
                  HttpRequest.BodyPublishers.ofByteArray(
                      json.writeValueAsBytes(chatRequest(prompt, true))))
              .build();
      return StreamedLines.open(streamingHttp, request, streamIdleTimeout);
    } catch (HttpConnectTimeoutException | ConnectException e) {
      LOG.debugf("Ollama not reachable: %s", e);
      throw ProviderFailure.unreachable("Ollama is not reachable at " + baseUrl + ".");
    } catch (HttpTimeoutException e) {
      throw ProviderFailure.timedOut("Ollama did not answer within " + readTimeoutMillis + " ms.");
    } catch (IOException e) {
      if (causedBy(e, ConnectException.class) || causedBy(e, UnknownHostException.class)) {
        throw ProviderFailure.unreachable("Ollama is not reachable at " + baseUrl + ".");
      }
      throw ProviderFailure.failed("Ollama could not be called: " + rootMessage(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ProviderFailure.failed("Interrupted while calling Ollama.");
    }
  }

  private String nextLine(StreamedLines lines) {
    try {
      return lines.next();
    } catch (StreamedLines.IdleTimeout e) {
      throw ProviderFailure.timedOut(
          "Ollama stopped sending for " + streamIdleTimeout.toMillis() + " ms mid-reply.");
    } catch (UncheckedIOException e) {
      throw ProviderFailure.failed("Ollama's stream broke off: " + rootMessage(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ProviderFailure.failed("Interrupted while reading Ollama's reply.");
    }
  }

  private OllamaWire.ChatChunk parseChunk(String line) {
    try {
      OllamaWire.ChatChunk chunk = json.readValue(line, OllamaWire.ChatChunk.class);
      if (chunk == null) {
        throw ProviderFailure.failed("Ollama answered with malformed JSON.");
      }
      return chunk;
    } catch (JsonProcessingException e) {
      throw garbage(e);
    }
  }

  /** Always sends {@code num_ctx}: without it Ollama cuts the history at its small default. */
  private static OllamaWire.ChatRequest chatRequest(ChatPrompt prompt, boolean stream) {
    return new OllamaWire.ChatRequest(
        prompt.model(),
        prompt.messages().stream()
            .map(turn -> new OllamaWire.ChatMessage(turn.role(), turn.content()))
            .toList(),
        stream,
        new OllamaWire.Options(
            prompt.temperature() == null ? null : BigDecimal.valueOf(prompt.temperature()),
            prompt.maxTokens(),
            prompt.contextWindow()));
  }

  private static ChatCompletion completion(
      ChatPrompt prompt, OllamaWire.ChatChunk last, String content) {
    return new ChatCompletion(
        content,
        last.model() == null ? prompt.model() : last.model(),
        orZero(last.promptEvalCount()),
        orZero(last.evalCount()));
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * Cached for {@code chat.ollama.model-info-ttl}: a model's window changes only on re-pull. Null
   * when the model does not say.
   */
  public Integer contextWindow(String model) {
    Instant now = Instant.now();
    CachedWindow cached = windows.get(model);
    if (cached != null && cached.expiresAt().isAfter(now)) {
      return cached.tokens();
    }
    OllamaWire.Show show = call(() -> api.show(new OllamaWire.ShowRequest(model)));
    Integer tokens =
        show == null ? null : ContextWindow.fromModelInfo(show.modelInfo()).orElse(null);
    windows.put(model, new CachedWindow(tokens, now.plus(modelInfoTtl)));
    return tokens;
  }

  private <T> T call(Supplier<T> request) {
    try {
      return request.get();
    } catch (WebApplicationException e) {
      if (causedBy(e, JsonProcessingException.class)) {
        throw garbage(e);
      }
      throw answeredWithError(e.getResponse());
    } catch (RuntimeException e) {
      throw transportFailure(e);
    }
  }

  private ProviderFailure answeredWithError(Response response) {
    String body;
    try {
      body = response.readEntity(String.class);
    } catch (RuntimeException unreadable) {
      body = null;
    }
    return answeredWithError(
        response.getStatus(),
        body,
        response.getStatusInfo().getReasonPhrase(),
        response.getHeaderString("Retry-After"));
  }

  private ProviderFailure answeredWithError(
      int status, String body, String reason, String retryAfterHeader) {
    String message = providerMessage(body, reason);
    if (status == 429) {
      return ProviderFailure.busy("Ollama is busy: " + message, retryAfter(retryAfterHeader));
    }
    return ProviderFailure.failed("Ollama answered " + status + ": " + message);
  }

  private ProviderFailure transportFailure(RuntimeException e) {
    if (causedBy(e, ConnectException.class) || causedBy(e, UnknownHostException.class)) {
      LOG.debugf("Ollama not reachable: %s", e);
      return ProviderFailure.unreachable("Ollama is not reachable at " + baseUrl + ".");
    }
    if (causedBy(e, TimeoutException.class) || causedBy(e, SocketTimeoutException.class)) {
      return ProviderFailure.timedOut("Ollama did not answer within " + readTimeoutMillis + " ms.");
    }
    if (causedBy(e, JsonProcessingException.class)) {
      return garbage(e);
    }
    LOG.warn("Ollama call failed", e);
    return ProviderFailure.failed("Ollama could not be called: " + rootMessage(e));
  }

  private static ProviderFailure garbage(Exception e) {
    LOG.debugf("Unreadable answer from Ollama: %s", e);
    return ProviderFailure.failed("Ollama answered with malformed JSON.");
  }

  /** Ollama's errors are {@code {"error": "..."}}; anything else is quoted, shortened. */
  private String providerMessage(String body, String reason) {
    if (body == null || body.isBlank()) {
      return reason;
    }
    try {
      OllamaWire.Error error = json.readValue(body, OllamaWire.Error.class);
      if (error != null && error.error() != null && !error.error().isBlank()) {
        return shorten(error.error());
      }
    } catch (JsonProcessingException notJson) {
      // fall through: quote the body itself
    }
    return shorten(body.strip());
  }

  private static Integer retryAfter(String header) {
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

  private record CachedWindow(Integer tokens, Instant expiresAt) {}
}
