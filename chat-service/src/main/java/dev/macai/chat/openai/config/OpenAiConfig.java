package dev.macai.chat.openai.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** OpenAI settings; the base URL and timeouts are the REST client's own ({@code openai} key). */
@ConfigMapping(prefix = "openai")
public interface OpenAiConfig {

  /**
   * {@code OPENAI_API_KEY}. Optional so the service starts without one: OpenAI is an extra next to
   * the local Ollama, and a call without a key answers 503 instead.
   */
  Optional<String> apiKey();

  Chat chat();

  interface Chat {

    /** {@code OPENAI_CHAT_MODELS}: {@code name=context_window} entries, comma-separated. */
    List<String> models();

    /** How long OpenAI's own model list is reused to tell which allowed models are available. */
    @WithDefault("5m")
    Duration modelsTtl();
  }
}
