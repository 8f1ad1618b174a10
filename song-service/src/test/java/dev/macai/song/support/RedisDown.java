package dev.macai.song.support;

import dev.macai.testkit.redis.RedisResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Redis and Mureka "down": their clients point at ports nobody listens on (connection refused). */
public class RedisDown implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "quarkus.redis.hosts",
        "redis://127.0.0.1:" + RedisResource.freePort(),
        "quarkus.redis.timeout",
        "500ms");
  }
}
