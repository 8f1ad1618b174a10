package dev.macai.platform.budget;

import java.time.Instant;

/**
 * The admin API's view of a service's daily limit: the limit in force for every user, the one the
 * configuration sets, whether an admin's override replaces it (and since when). 0 = no limit.
 */
public record DailyLimit(
    long dailyLimit, long defaultLimit, boolean overridden, boolean unlimited, Instant updatedAt) {

  static DailyLimit of(long defaultLimit, LimitOverride override) {
    if (override == null) {
      return new DailyLimit(
          defaultLimit, defaultLimit, false, defaultLimit == DailyBudget.UNLIMITED, null);
    }
    return new DailyLimit(
        override.dailyLimit(),
        defaultLimit,
        true,
        override.dailyLimit() == DailyBudget.UNLIMITED,
        override.updatedAt());
  }
}
