package dev.macai.platform.budget;

import java.time.Instant;

/**
 * {@code GET <service>/budget}: the caller's budget today. {@code remaining} is null and {@code
 * unlimited} true when the limit is 0 (no limit); {@code used} counts either way.
 */
public record DailyBudgetView(
    long limit, long used, Long remaining, Instant resetsAt, boolean unlimited) {

  public static DailyBudgetView of(DailyBudget budget) {
    return new DailyBudgetView(
        budget.limit(),
        budget.used(),
        budget.remaining(),
        budget.day().resetsAt(),
        budget.unlimited());
  }
}
