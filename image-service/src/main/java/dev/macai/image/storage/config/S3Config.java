package dev.macai.image.storage.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * {@code S3_BUCKET}: set, new images go to S3 (endpoint, region and keys are the {@code
 * quarkus.s3.*} settings); unset, S3 is off and everything stays on the filesystem.
 */
@ConfigMapping(prefix = "image.s3")
public interface S3Config {

  Optional<String> bucket();
}
