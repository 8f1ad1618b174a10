package dev.macai.chat.openai.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.chat.common.client.ProviderCalls;
import dev.macai.chat.common.domain.ChatCompletion;
import dev.macai.chat.common.domain.ChatPrompt;
import dev.macai.chat.openai.config.OpenAiConfig;
import dev.macai.chat.openai.domain.OfferedModel;
import dev.macai.platform.provider.ProviderErrors;
import dev.macai.platform.provider.ProviderFailure;
import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The one door to OpenAI: its calls, with the API key (sent, never logged, never echoed), retries
 * when there is no connection (3 tries, {@code quarkus.fault-tolerance} delay), a circuit breaker
 * against a failing API, and timing. Streamed replies are {@link OpenAiChatStreams}' job, the
 * translation of every failure into a {@link ProviderFailure} (502 / 503 / 504) {@link
 * ProviderCalls}'. Timeouts are the REST client's ({@code
 * quarkus.rest-client.openai.connect-timeout} / {@code read-timeout}); streams use the same.
 */
@ApplicationScoped
public class OpenAiClient {

  private static final Logger LOG = Logger.getLogger(OpenAiClient.class);

  private final OpenAiApi api;
  private final Optional<String> apiKey;
  private final ProviderCalls errors;
  private final OpenAiChatStreams streams;

  OpenAiClient(
      @RestClient OpenAiApi api,
      ObjectMapper json,
      OpenAiConfig config,
      @ConfigProperty(name = "quarkus.rest-client.openai.url") String baseUrl,
      @ConfigProperty(name = "quarkus.rest-client.openai.connect-timeout")
          long connectTimeoutMillis,
      @ConfigProperty(name = "quarkus.rest-client.openai.read-timeout") long readTimeoutMillis,
      @ConfigProperty(name = "chat.stream.idle-timeout") Duration streamIdleTimeout) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.api = api;
    this.apiKey = config.apiKey().map(String::strip).filter(key -> !key.isEmpty());
    this.errors =
        new ProviderCalls(
            "OpenAI",
            new ProviderErrors("OpenAI", base, readTimeoutMillis, apiKey, "OPENAI_API_KEY", json),
            streamIdleTimeout);
    this.streams =
        new OpenAiChatStreams(json, errors, base, readTimeoutMillis, connectTimeoutMillis);
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
    OpenAiWire.Models models = errors.call(() -> api.models(authorization));
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
        errors.call(() -> api.complete(authorization, OpenAiWire.ChatRequest.of(prompt, false)));
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
    return streams.stream(prompt, authorization(), onToken);
  }

  private String authorization() {
    return "Bearer "
        + apiKey.orElseThrow(
            () -> ProviderFailure.notConfigured("OpenAI is not configured (OPENAI_API_KEY)."));
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

  private static int orZero(Integer count) {
    return count == null ? 0 : count;
  }
}
