package dev.macai.song.support;

import dev.macai.testkit.s3.S3Proxy;
import java.util.Map;

/** The test kit's S3Proxy with song-service's bucket. */
public class S3ProxyServer extends S3Proxy {

  public static final String BUCKET = "test-songs";

  public S3ProxyServer() {
    super(BUCKET, "song.s3.bucket");
  }

  @Override
  protected Map<String, String> extraConfig() {
    // The S3-down test keeps S3 away for several retries; the choice must not give up.
    return Map.of("song.storage.archive-attempts", "1000");
  }
}
