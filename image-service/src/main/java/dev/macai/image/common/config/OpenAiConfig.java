package dev.macai.image.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** OpenAI settings; the base URL and timeouts are the REST client's own ({@code openai} key). */
@ConfigMapping(prefix = "openai")
public interface OpenAiConfig {

  /** {@code OPENAI_API_KEY}: generation. Optional so the service starts (and lists) without it. */
  Optional<String> apiKey();

  /**
   * {@code OPENAI_ADMIN_API_KEY}: the organisation costs API takes only an admin key, which must
   * never be used for generation.
   */
  Optional<String> adminApiKey();

  Images images();

  Costs costs();

  interface Images {
    @WithDefault("dall-e-3")
    String model();
  }

  interface Costs {
    /** {@code COSTS_TTL}: how long the current month's figures are reused. */
    @WithDefault("1h")
    Duration ttl();
  }
}
