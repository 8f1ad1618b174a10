package dev.macai.auth.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed-attempt bookkeeping of one throttle key (a subject and a client address, or a subject
 * account-wide). Immutable; {@link ThrottleRule} computes every transition.
 */
public record ThrottleState(
    int failures, Instant lastFailureAt, Instant blockedUntil, Instant lastSuccessAt) {

  public static final ThrottleState NONE = new ThrottleState(0, null, null, null);

  public boolean isBlocked(Instant now) {
    return blockedUntil != null && now.isBefore(blockedUntil);
  }

  /** Seconds until the next attempt is heard, rounded up so a client never retries too early. */
  public long secondsUntilFree(Instant now) {
    if (!isBlocked(now)) {
      return 0;
    }
    long millis = Duration.between(now, blockedUntil).toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }

  /** Somebody proved the password from here lately; see {@link ThrottleRule#trustFor()}. */
  public boolean succeededSince(Instant since) {
    return lastSuccessAt != null && lastSuccessAt.isAfter(since);
  }

  /** A success clears the failures and remembers when it happened. */
  public ThrottleState afterSuccess(Instant now) {
    return new ThrottleState(0, null, null, now);
  }
}
