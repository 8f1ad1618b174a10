package dev.macai.chat.support;

import dev.macai.testkit.clock.MovableClock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * Every Quarkus test runs on the simulator's "today", 2026-12-03: its /v1/models has o4-mini past
 * its shutdown date (2026-10-23) and gpt-5-mini (2026-12-11) and gpt-4o (2027-01-14) still ahead,
 * whatever day the tests run on. Replaces the service's default clock bean; the budget tests move
 * it to the next UTC day and back.
 */
public class FixedClock {

  public static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

  @Produces
  @Singleton
  MovableClock clock() {
    return MovableClock.fixedAt(NOW);
  }
}
