package dev.macai.song.job.client;

import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Each replica's worker says it is alive with a key {@code song:worker:<replica>} that expires. */
@ApplicationScoped
public class WorkerHeartbeats {

  static final String PREFIX = "song:worker:";

  private final RedisDataSource redis;

  WorkerHeartbeats(RedisDataSource redis) {
    this.redis = redis;
  }

  public void beat(String replica, Duration ttl) {
    redis.value(String.class).psetex(PREFIX + replica, ttl.toMillis(), "alive");
  }

  /** How many replicas' workers beat recently. */
  public int alive() {
    return redis.key(String.class).keys(PREFIX + "*").size();
  }
}
