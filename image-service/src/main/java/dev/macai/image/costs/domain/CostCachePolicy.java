package dev.macai.image.costs.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a cached month must be fetched again: never once it is final (fetched after the month ended:
 * OpenAI's figures no longer change); a past month cached while it was running is fetched once more
 * to become final; the running month is fetched again after the TTL.
 */
public final class CostCachePolicy {

  private CostCachePolicy() {}

  /** {@code fetchedAt} null means nothing is cached. */
  public static boolean needsFetch(
      CostMonth month, Instant fetchedAt, boolean cachedFinal, Instant now, Duration ttl) {
    if (fetchedAt == null) {
      return true;
    }
    if (cachedFinal) {
      return false;
    }
    if (!now.isBefore(month.end())) {
      return true;
    }
    return !fetchedAt.plus(ttl).isAfter(now);
  }

  /** A month fetched at or after its end is complete. */
  public static boolean isFinal(CostMonth month, Instant fetchedAt) {
    return !fetchedAt.isBefore(month.end());
  }
}
