package dev.macai.song.storage.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where archived audio lives and how its URLs are signed. */
@ConfigMapping(prefix = "song.storage")
public interface StorageConfig {

  String directory();

  String signingKey();

  @WithDefault("1h")
  Duration urlTtl();

  /** The first retry of a failed copy; later ones wait longer. */
  @WithDefault("30s")
  Duration archiveRetry();

  /** After this many failed copies a choice keeps Mureka's URL for good. */
  @WithDefault("10")
  int archiveAttempts();
}
