package dev.macai.chat.openai.service;

import dev.macai.chat.common.domain.ModelLifecycle;
import dev.macai.chat.openai.client.OpenAiClient;
import dev.macai.chat.openai.config.OpenAiConfig;
import dev.macai.chat.openai.domain.ChatModelFilter;
import dev.macai.chat.openai.domain.ContextWindows;
import dev.macai.chat.openai.domain.ModelCatalogue;
import dev.macai.chat.openai.domain.OfferedModel;
import dev.macai.chat.openai.domain.OpenAiModel;
import dev.macai.platform.provider.ProviderFailure;
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

  /**
   * The catalogue of OpenAI's list (cached for the TTL) as of today; built once per fetch and per
   * day, since a page of conversations asks it once per conversation.
   */
  private ModelCatalogue catalogue() {
    // The cache runs on wall time; the clock says which day it is (tests fix the day).
    Instant now = Instant.now();
    LocalDate today = LocalDate.now(clock);
    Offered cached = offered;
    if (cached != null && cached.expiresAt().isAfter(now) && cached.day().equals(today)) {
      return cached.catalogue();
    }
    Duration keep = ttl;
    List<OfferedModel> models = null;
    if (openAi.configured()) {
      try {
        models = openAi.models();
      } catch (ProviderFailure | CircuitBreakerOpenException e) {
        LOG.warnf("OpenAI's model list is unavailable, model states unknown: %s", e.getMessage());
        // A failed look-up is not repeated on every page load while OpenAI is down.
        keep = RETRY_UNKNOWN_AFTER.compareTo(ttl) < 0 ? RETRY_UNKNOWN_AFTER : ttl;
      }
    }
    ModelCatalogue catalogue = ModelCatalogue.of(models, filter, windows, defaultModel, today);
    offered = new Offered(catalogue, today, now.plus(keep));
    return catalogue;
  }

  private record Offered(ModelCatalogue catalogue, LocalDate day, Instant expiresAt) {}
}
