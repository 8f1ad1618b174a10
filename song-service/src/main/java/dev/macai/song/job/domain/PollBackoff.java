package dev.macai.song.job.domain;

import java.time.Duration;

/**
 * How long to wait before asking Mureka again: {@code initial}, growing by half each time, never
 * more than {@code max}. A song takes minutes; asking every few seconds at first catches the quick
 * ones, the cap keeps a long one from waiting much past its end.
 */
public record PollBackoff(Duration initial, Duration max) {

  public PollBackoff {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("need 0 < initial <= max");
    }
  }

  /** The wait after {@code attempts} earlier polls (0 for the first). */
  public Duration after(int attempts) {
    double factor = Math.pow(1.5, Math.max(0, Math.min(attempts, 60)));
    double millis = initial.toMillis() * factor;
    return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
  }

  /**
   * The wait Mureka asked for with {@code Retry-After}, else the back-off; never below the initial
   * delay, so a {@code Retry-After: 0} cannot make us hammer it.
   */
  public Duration afterRateLimit(Long retryAfterSeconds, int attempts) {
    if (retryAfterSeconds == null) {
      return after(attempts);
    }
    Duration asked = Duration.ofSeconds(retryAfterSeconds);
    return asked.compareTo(initial) < 0 ? initial : asked;
  }
}
