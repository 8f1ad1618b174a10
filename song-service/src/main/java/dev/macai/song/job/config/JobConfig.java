package dev.macai.song.job.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The job pipeline's settings (README: variables). */
@ConfigMapping(prefix = "song")
public interface JobConfig {

  /** At most this many Mureka jobs at once across replicas; 0 = the account's limit, else 5. */
  @WithDefault("0")
  int maxConcurrent();

  /** A job not finished this long after it was queued fails with reason {@code timeout}. */
  @WithDefault("15m")
  Duration jobTimeout();

  Worker worker();

  interface Worker {
    @WithDefault("true")
    boolean enabled();

    /** How often each replica looks for due jobs (scheduler syntax: 1s, 100ms). */
    @WithDefault("1s")
    String tick();

    @WithDefault("4")
    int threads();

    @WithDefault("20")
    int batch();

    @WithDefault("60s")
    Duration lease();

    @WithDefault("90s")
    Duration slotLease();

    @WithDefault("5s")
    Duration pollInitial();

    @WithDefault("30s")
    Duration pollMax();

    @WithDefault("2s")
    Duration slotWait();
  }
}
