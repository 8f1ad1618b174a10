package dev.macai.image.storage.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * {@code S3_BUCKET}: set, new images go to S3 (endpoint, region and keys are the {@code
 * quarkus.s3.*} settings); unset, S3 is off and everything stays on the filesystem.
 */
@ConfigMapping(prefix = "image.s3")
public interface S3Config {

  Optional<String> bucket();

  /**
   * {@code S3_PRESIGNED_URLS} (default {@code false}): whether an image's {@code url} is the S3
   * server's pre-signed URL. Off, the URL is this service's signed {@code
   * /api/v1/image/files/s3/<key>} and the service streams the object, because in the shipped
   * deployments the browser cannot load the S3 endpoint itself: compose's {@code http://minio:9000}
   * resolves only inside the containers, and a local {@code http://127.0.0.1} S3Proxy is plain http
   * on an https page, blocked by the gateway's CSP. Turn it on only for an endpoint the browser
   * reaches over https (AWS, a public MinIO), to take the image bytes off this service.
   */
  @WithDefault("false")
  boolean presignedUrls();
}
