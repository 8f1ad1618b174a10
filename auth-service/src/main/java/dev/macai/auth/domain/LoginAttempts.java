package dev.macai.auth.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed-login bookkeeping of one account: how many failures since {@code windowStart}, and until
 * when the account is locked. Immutable; every transition returns the next state.
 */
public record LoginAttempts(int failures, Instant windowStart, Instant lockedUntil) {

  public static final LoginAttempts NONE = new LoginAttempts(0, null, null);

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** Seconds until the lock ends, rounded up so a client never retries a moment too early. */
  public long secondsUntilUnlocked(Instant now) {
    if (!isLocked(now)) {
      return 0;
    }
    long millis = Duration.between(now, lockedUntil).toMillis();
    return (millis + 999) / 1000;
  }

  /**
   * Records one failure. Failures older than the window no longer count; reaching {@code
   * maxFailures} inside the window locks the account for {@code lockDuration}.
   */
  public LoginAttempts afterFailure(
      Instant now, int maxFailures, Duration window, Duration lockDuration) {
    boolean windowExpired = windowStart == null || !now.isBefore(windowStart.plus(window));
    int count = windowExpired ? 1 : failures + 1;
    Instant start = windowExpired ? now : windowStart;
    if (count >= maxFailures) {
      return new LoginAttempts(0, null, now.plus(lockDuration));
    }
    return new LoginAttempts(count, start, null);
  }
}
