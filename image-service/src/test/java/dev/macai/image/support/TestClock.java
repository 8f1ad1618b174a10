package dev.macai.image.support;

import dev.macai.testkit.clock.MovableClock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The system's time in every Quarkus test, movable: the budget tests go to the next UTC day and
 * back. Replaces the service's default clock bean.
 */
public class TestClock {

  @Produces
  @Singleton
  MovableClock clock() {
    return MovableClock.system();
  }
}
