package dev.macai.image.support;

import dev.macai.testkit.s3.S3Proxy;

/** The test kit's S3Proxy with image-service's bucket. */
public class S3ProxyServer extends S3Proxy {

  public static final String BUCKET = "test-images";

  public S3ProxyServer() {
    super(BUCKET, "image.s3.bucket");
  }
}
