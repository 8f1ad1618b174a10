package dev.macai.image.storage.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Storage settings: {@code image.storage.*} (filesystem) and {@code image.s3.*} (S3). */
@ConfigMapping(prefix = "image.storage")
public interface StorageConfig {

  /** {@code IMAGE_STORAGE_DIR}: the root of the filesystem adapter. */
  String dir();

  /** {@code IMAGE_URL_SECRET}: signs the filesystem URLs; random per start when unset. */
  Optional<String> urlSecret();

  /** How long a signed URL (filesystem or S3) stays valid. */
  @WithDefault("1h")
  Duration urlTtl();

  /**
   * {@code IMAGE_PUBLIC_BASE_URL}: put in front of the filesystem URLs; unset, they are relative
   * ({@code /api/v1/image/files/...}), which is right behind the gateway.
   */
  Optional<String> publicBaseUrl();
}
