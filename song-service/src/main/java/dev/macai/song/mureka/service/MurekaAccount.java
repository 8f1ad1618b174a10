package dev.macai.song.mureka.service;

import dev.macai.song.mureka.client.MurekaClient;
import dev.macai.song.mureka.config.MurekaConfig;
import dev.macai.song.mureka.domain.MurekaBilling;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/** The Mureka account's billing, asked at most once per {@code mureka.billing-ttl}. */
@ApplicationScoped
public class MurekaAccount {

  private final MurekaClient mureka;
  private final MurekaConfig config;
  private final Clock clock;
  private volatile MurekaBilling cached;
  private volatile Instant cachedAt = Instant.EPOCH;

  MurekaAccount(MurekaClient mureka, MurekaConfig config) {
    this.mureka = mureka;
    this.config = config;
    this.clock = Clock.systemUTC();
  }

  /** Throws the client's ProviderFailure when Mureka cannot say and nothing is cached. */
  public MurekaBilling billing() {
    Instant now = clock.instant();
    MurekaBilling current = cached;
    if (current != null && cachedAt.plus(config.billingTtl()).isAfter(now)) {
      return current;
    }
    synchronized (this) {
      if (cached != null && cachedAt.plus(config.billingTtl()).isAfter(now)) {
        return cached;
      }
      cached = mureka.billing();
      cachedAt = now;
      return cached;
    }
  }
}
