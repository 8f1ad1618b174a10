package dev.macai.chat.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Every Quarkus test runs on the simulator's "today", 2026-12-03: its /v1/models has o4-mini past
 * its shutdown date (2026-10-23) and gpt-5-mini (2026-12-11) and gpt-4o (2027-01-14) still ahead,
 * whatever day the tests run on. Replaces the service's default clock bean.
 */
@ApplicationScoped
public class FixedClock {

  public static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }
}
