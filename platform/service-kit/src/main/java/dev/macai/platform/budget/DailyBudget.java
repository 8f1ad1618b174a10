package dev.macai.platform.budget;

/**
 * One user's budget for one UTC day: the limit in force ({@value #UNLIMITED} = no limit) and what
 * is used of it. Pure arithmetic; the ledger holds the numbers.
 */
public record DailyBudget(long limit, long used, BudgetDay day) {

  /** The limit that means "no limit". */
  public static final long UNLIMITED = 0;

  public boolean unlimited() {
    return limit == UNLIMITED;
  }

  /** What is left today, never below 0; null when there is no limit. */
  public Long remaining() {
    return unlimited() ? null : Math.max(0, limit - used);
  }

  /** Whether {@code units} more still fit into today's limit. */
  public boolean allows(long units) {
    return unlimited() || used + units <= limit;
  }

  /** Nothing left today: a use of unknown size (chat tokens) is refused up front. */
  public boolean exhausted() {
    return !unlimited() && used >= limit;
  }
}
