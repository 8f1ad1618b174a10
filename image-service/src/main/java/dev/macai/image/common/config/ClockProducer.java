package dev.macai.image.common.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * One clock for expiry, cache and budget-day decisions, so tests and code agree on "now". A default
 * bean, so tests can put a clock they move in its place.
 */
public class ClockProducer {

  @Produces
  @DefaultBean
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
