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
    /**
     * {@code OPENAI_IMAGE_MODEL}: the model a generation uses unless the person picks another. The
     * newest generally available GPT Image model the official {@code openai} package (7.60.0)
     * lists; DALL-E 3 was shut down on 2026-05-12, GPT Image 1 on 2026-10-23.
     */
    @WithDefault("gpt-image-2.6-sunburst")
    String model();

    /** {@code OPENAI_MODELS_TTL}: how long the account's model list is reused. */
    @WithDefault("5m")
    Duration modelsTtl();
  }

  interface Costs {
    /** {@code COSTS_TTL}: how long the current month's figures are reused. */
    @WithDefault("1h")
    Duration ttl();
  }
}
