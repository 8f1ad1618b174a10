package dev.macai.chat.openai.service;

import dev.macai.chat.common.domain.ProviderFailure;
import dev.macai.chat.openai.client.OpenAiClient;
import dev.macai.chat.openai.config.OpenAiConfig;
import dev.macai.chat.openai.domain.AllowedModels;
import dev.macai.chat.openai.domain.OpenAiModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * The OpenAI chat models users may pick: the configured allow-list, each marked with whether OpenAI
 * currently offers it to our key. The list itself never depends on OpenAI answering, so the UI can
 * always show it; availability is {@code null} when OpenAI could not be asked.
 */
@ApplicationScoped
public class OpenAiModelService {

  private static final Logger LOG = Logger.getLogger(OpenAiModelService.class);
  // A failed look-up is not repeated on every page load while OpenAI is down.
  private static final Duration RETRY_UNKNOWN_AFTER = Duration.ofSeconds(30);

  private final OpenAiClient openAi;
  private final AllowedModels allowed;
  private final Duration ttl;
  private volatile Offered offered;

  OpenAiModelService(OpenAiClient openAi, OpenAiConfig config) {
    this.openAi = openAi;
    this.allowed = AllowedModels.parse(config.chat().models());
    this.ttl = config.chat().modelsTtl();
  }

  public List<OpenAiModel> models() {
    Set<String> ids = offeredIds();
    return allowed.all().stream()
        .map(
            model ->
                new OpenAiModel(
                    model.name(),
                    model.contextWindow(),
                    ids == null ? null : ids.contains(model.name())))
        .toList();
  }

  /** The allow-listed model's window; empty for a model that is not on the list. */
  public OptionalInt contextWindow(String model) {
    return allowed
        .find(model)
        .map(found -> OptionalInt.of(found.contextWindow()))
        .orElse(OptionalInt.empty());
  }

  public boolean allowed(String model) {
    return allowed.contains(model);
  }

  /** OpenAI's model ids, cached; null when unknown. */
  private Set<String> offeredIds() {
    Instant now = Instant.now();
    Offered cached = offered;
    if (cached != null && cached.expiresAt().isAfter(now)) {
      return cached.ids();
    }
    Set<String> ids;
    Duration keep = ttl;
    if (!openAi.configured()) {
      ids = null;
    } else {
      try {
        ids = openAi.modelIds();
      } catch (ProviderFailure | CircuitBreakerOpenException e) {
        LOG.warnf("OpenAI's model list is unavailable, availability unknown: %s", e.getMessage());
        ids = null;
        keep = RETRY_UNKNOWN_AFTER.compareTo(ttl) < 0 ? RETRY_UNKNOWN_AFTER : ttl;
      }
    }
    offered = new Offered(ids, now.plus(keep));
    return ids;
  }

  private record Offered(Set<String> ids, Instant expiresAt) {}
}
