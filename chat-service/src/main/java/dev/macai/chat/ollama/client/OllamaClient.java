package dev.macai.chat.ollama.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.chat.common.client.ProviderCalls;
import dev.macai.chat.common.domain.ChatCompletion;
import dev.macai.chat.common.domain.ChatPrompt;
import dev.macai.chat.ollama.domain.Generation;
import dev.macai.chat.ollama.domain.OllamaModel;
import dev.macai.platform.provider.ProviderErrors;
import dev.macai.platform.provider.ProviderFailure;
import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one door to Ollama: its REST calls, with what the raw REST client does not have: retries when
 * there is no connection (3 tries, {@code quarkus.fault-tolerance} delay), a circuit breaker
 * against a failing server, and timing. The rest is delegated, one job each: streamed replies to
 * {@link OllamaChatStreams}, the context-window cache to {@link OllamaContextWindows}, the
 * translation of every failure into a {@link ProviderFailure} (502 / 503 / 504) to {@link
 * ProviderCalls}. Timeouts are the REST client's ({@code
 * quarkus.rest-client.ollama.connect-timeout} / {@code read-timeout}).
 */
@ApplicationScoped
public class OllamaClient {

  private final OllamaApi api;
  private final ProviderCalls errors;
  private final OllamaContextWindows windows;
  private final OllamaChatStreams streams;

  OllamaClient(
      @RestClient OllamaApi api,
      ObjectMapper json,
      @ConfigProperty(name = "quarkus.rest-client.ollama.url") String baseUrl,
      @ConfigProperty(name = "quarkus.rest-client.ollama.read-timeout") long readTimeoutMillis,
      @ConfigProperty(name = "quarkus.rest-client.ollama.connect-timeout")
          long connectTimeoutMillis,
      @ConfigProperty(name = "chat.ollama.model-info-ttl") Duration modelInfoTtl,
      @ConfigProperty(name = "chat.stream.idle-timeout") Duration streamIdleTimeout) {
    this.api = api;
    this.errors =
        new ProviderCalls(
            "Ollama",
            new ProviderErrors("Ollama", baseUrl, readTimeoutMillis, Optional.empty(), null, json),
            streamIdleTimeout);
    this.windows = new OllamaContextWindows(api, errors, modelInfoTtl);
    this.streams =
        new OllamaChatStreams(json, errors, baseUrl, readTimeoutMillis, connectTimeoutMillis);
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
    OllamaWire.Tags tags = errors.call(api::tags);
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
                    windows.of(model.name())))
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
        errors.call(
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
        OllamaWire.orZero(generated.promptEvalCount()),
        OllamaWire.orZero(generated.evalCount()));
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
    OllamaWire.ChatChunk answer =
        errors.call(() -> api.chat(OllamaWire.ChatRequest.of(prompt, false)));
    if (answer == null || answer.message() == null || answer.message().content() == null) {
      throw ProviderFailure.failed("Ollama answered /api/chat without a message.");
    }
    return answer.completion(prompt, answer.message().content());
  }

  /**
   * A streamed chat reply: each NDJSON line's piece goes to {@code onToken} as soon as it arrives
   * (see {@link OllamaChatStream#drain}). The read timeout bounds the wait for the response head,
   * {@code chat.stream.idle-timeout} each silence after it.
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
    try (OllamaChatStream stream = streams.open(prompt)) {
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
  public OllamaChatStream openChatStream(ChatPrompt prompt) {
    return streams.open(prompt);
  }

  /** The model's context window ({@code /api/show}, cached); null when the model does not say. */
  public Integer contextWindow(String model) {
    return windows.of(model);
  }
}
