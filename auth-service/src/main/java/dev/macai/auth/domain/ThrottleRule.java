package dev.macai.auth.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Growing delays instead of a lock: the first {@code freeFailures} failures cost nothing, then each
 * further failure makes the key wait {@code firstDelay}, doubling per failure up to {@code
 * maxDelay}. Attempts while waiting are refused unheard and do not count, so nobody can extend the
 * wait by hammering; failures older than {@code forgetAfter} are forgotten.
 *
 * @param trustFor how long a success from an address exempts that address from the account-wide
 *     ceiling (only meaningful on the per-address rule)
 */
public record ThrottleRule(
    int freeFailures,
    Duration firstDelay,
    Duration maxDelay,
    Duration forgetAfter,
    Duration trustFor) {

  /** Doubling stops long before this, and it keeps the shift clear of overflow. */
  private static final int MAX_DOUBLINGS = 30;

  public ThrottleState afterFailure(ThrottleState state, Instant now) {
    boolean forgotten =
        state.lastFailureAt() == null || !now.isBefore(state.lastFailureAt().plus(forgetAfter));
    int failures = forgotten ? 1 : state.failures() + 1;
    return new ThrottleState(failures, now, blockedUntil(failures, now), state.lastSuccessAt());
  }

  /** The delay after the given number of consecutive failures; zero while they are free. */
  public Duration delayAfter(int failures) {
    if (failures < freeFailures) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - freeFailures, MAX_DOUBLINGS);
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  private Instant blockedUntil(int failures, Instant now) {
    Duration delay = delayAfter(failures);
    return delay.isZero() ? null : now.plus(delay);
  }
}
