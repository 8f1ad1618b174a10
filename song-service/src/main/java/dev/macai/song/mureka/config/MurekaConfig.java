package dev.macai.song.mureka.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Mureka settings; the key has no default anywhere, and without it generation answers 503. */
@ConfigMapping(prefix = "mureka")
public interface MurekaConfig {

  Optional<String> apiKey();

  /** How long the billing answer is reused. */
  @WithDefault("60s")
  Duration billingTtl();
}
