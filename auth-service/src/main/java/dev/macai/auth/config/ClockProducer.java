package dev.macai.auth.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * One clock for every time decision (lockout, expiry), so tests can move time instead of sleeping.
 */
public class ClockProducer {

  @Produces
  @Singleton
  Clock clock() {
    // Microseconds, as PostgreSQL stores them, so a timestamp reads back as it was written.
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }
}
