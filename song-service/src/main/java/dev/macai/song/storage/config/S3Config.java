package dev.macai.song.storage.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * {@code S3_BUCKET}: set, newly archived audio goes to S3 (endpoint, region and keys are the {@code
 * quarkus.s3.*} settings, the same variables image-service reads); unset or empty, to the
 * filesystem. Song keys start with {@code songs/}, so they share image-service's bucket safely.
 */
@ConfigMapping(prefix = "song.s3")
public interface S3Config {

  Optional<String> bucket();
}
