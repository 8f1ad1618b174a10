package dev.macai.testkit.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A UTC clock a test can move: the system clock or a fixed instant, plus an offset the test sets
 * ({@link #shift}) and takes back ({@link #reset}). A service's test profile produces it in place
 * of the service's default {@code Clock} bean, so "tomorrow" is one call away instead of a wait.
 */
public final class MovableClock extends Clock {

  private final Clock base;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  private MovableClock(Clock base) {
    this.base = base;
  }

  /** The system's time, until a test moves it. */
  public static MovableClock system() {
    return new MovableClock(Clock.systemUTC());
  }

  /** Always {@code instant}, until a test moves it. */
  public static MovableClock fixedAt(Instant instant) {
    return new MovableClock(Clock.fixed(instant, ZoneOffset.UTC));
  }

  /** Moves the clock by {@code by} (more), e.g. a day ahead. */
  public void shift(Duration by) {
    offset.accumulateAndGet(by, Duration::plus);
  }

  /** Back to the base time. */
  public void reset() {
    offset.set(Duration.ZERO);
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(base, offset.get()).withZone(zone);
  }
}
