package dev.macai.chat.ollama.client;

import dev.macai.chat.common.client.ProviderCalls;
import dev.macai.chat.ollama.domain.ContextWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Each model's context window from {@code /api/show}, cached for {@code
 * chat.ollama.model-info-ttl}: a model's window changes only on re-pull, and the model list asks
 * once per installed model.
 */
final class OllamaContextWindows {

  private final OllamaApi api;
  private final ProviderCalls errors;
  private final Duration ttl;
  private final ConcurrentMap<String, CachedWindow> windows = new ConcurrentHashMap<>();

  OllamaContextWindows(OllamaApi api, ProviderCalls errors, Duration ttl) {
    this.api = api;
    this.errors = errors;
    this.ttl = ttl;
  }

  /** Null when the model does not say; a failed look-up is thrown and not cached. */
  Integer of(String model) {
    Instant now = Instant.now();
    CachedWindow cached = windows.get(model);
    if (cached != null && cached.expiresAt().isAfter(now)) {
      return cached.tokens();
    }
    OllamaWire.Show show = errors.call(() -> api.show(new OllamaWire.ShowRequest(model)));
    Integer tokens =
        show == null ? null : ContextWindow.fromModelInfo(show.modelInfo()).orElse(null);
    windows.put(model, new CachedWindow(tokens, now.plus(ttl)));
    return tokens;
  }

  private record CachedWindow(Integer tokens, Instant expiresAt) {}
}
