package dev.macai.chat.openai.service;

import dev.macai.chat.common.domain.ModelLifecycle;
import dev.macai.chat.common.domain.ProviderFailure;
import dev.macai.chat.openai.client.OpenAiClient;
import dev.macai.chat.openai.config.OpenAiConfig;
import dev.macai.chat.openai.domain.ChatModelFilter;
import dev.macai.chat.openai.domain.ContextWindows;
import dev.macai.chat.openai.domain.ModelCatalogue;
import dev.macai.chat.openai.domain.OfferedModel;
import dev.macai.chat.openai.domain.OpenAiModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * The OpenAI chat models of our account as users see them: OpenAI's {@code /v1/models} (cached),
 * narrowed to chat models that are not past their shutdown date and by the optional filter. The
 * picker never fails because of OpenAI: without an answer it shows the filter's ids or the default
 * model with {@code available} null.
 */
@ApplicationScoped
public class OpenAiModelService {

  private static final Logger LOG = Logger.getLogger(OpenAiModelService.class);
  // A failed look-up is not repeated on every page load while OpenAI is down.
  private static final Duration RETRY_UNKNOWN_AFTER = Duration.ofSeconds(30);

  private final OpenAiClient openAi;
  private final ChatModelFilter filter;
  private final ContextWindows windows;
  private final String defaultModel;
  private final Duration ttl;
  private final Clock clock;
  private volatile Offered offered;

  OpenAiModelService(OpenAiClient openAi, OpenAiConfig config, Clock clock) {
    this.openAi = openAi;
    this.clock = clock;
    // Both parse at start-up, so a malformed entry stops the service with the entry named.
    this.filter = config.chat().models().map(ChatModelFilter::parse).orElse(ChatModelFilter.none());
    this.windows =
        ContextWindows.parse(config.chat().contextWindows(), config.chat().defaultContextWindow());
    this.defaultModel = config.chat().defaultModel().strip();
    if (!filter.admits(defaultModel)) {
      LOG.warnf(
          "OPENAI_CHAT_DEFAULT_MODEL %s is not in OPENAI_CHAT_MODELS; a retired model's"
              + " conversations are offered the newest model instead",
          defaultModel);
    }
    this.ttl = config.chat().modelsTtl();
  }

  /** The picker's list. */
  public List<OpenAiModel> models() {
    return catalogue().offered();
  }

  /** The model's window from the configured table (OpenAI's API reports none). */
  public int contextWindow(String model) {
    return catalogue().contextWindow(model);
  }

  /** Whether a conversation may start with, or switch to, {@code model}. */
  public boolean allowed(String model) {
    return catalogue().admits(model);
  }

  public ModelLifecycle lifecycle(String model) {
    return catalogue().lifecycle(model);
  }

  public Optional<String> replacement() {
    return catalogue().replacement();
  }

  private ModelCatalogue catalogue() {
    return ModelCatalogue.of(offeredModels(), filter, windows, defaultModel, LocalDate.now(clock));
  }

  /** OpenAI's models for our key, cached; null when unknown. */
  private List<OfferedModel> offeredModels() {
    Instant now = Instant.now();
    Offered cached = offered;
    if (cached != null && cached.expiresAt().isAfter(now)) {
      return cached.models();
    }
    List<OfferedModel> models;
    Duration keep = ttl;
    if (!openAi.configured()) {
      models = null;
    } else {
      try {
        models = openAi.models();
      } catch (ProviderFailure | CircuitBreakerOpenException e) {
        LOG.warnf("OpenAI's model list is unavailable, model states unknown: %s", e.getMessage());
        models = null;
        keep = RETRY_UNKNOWN_AFTER.compareTo(ttl) < 0 ? RETRY_UNKNOWN_AFTER : ttl;
      }
    }
    offered = new Offered(models, now.plus(keep));
    return models;
  }

  private record Offered(List<OfferedModel> models, Instant expiresAt) {}
}
