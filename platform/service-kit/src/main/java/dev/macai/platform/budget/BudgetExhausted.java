package dev.macai.platform.budget;

import dev.macai.platform.failure.ServiceFailure;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The caller's daily budget for a paid provider is used up: 429 with the stable code {@value
 * #CODE}, {@code Retry-After} (seconds until the next UTC midnight) and the members {@code limit},
 * {@code used} and {@code resets_at}, so a client can say when it works again.
 */
public final class BudgetExhausted extends ServiceFailure {

  public static final String CODE = "daily_budget_exhausted";

  /**
   * @param unit what the budget counts, plural ("images", "songs", "OpenAI chat tokens")
   */
  public BudgetExhausted(String unit, DailyBudget budget, long asked, Instant now) {
    super(
        429,
        "Too Many Requests",
        detail(unit, budget, asked),
        Map.of(),
        CODE,
        budget.day().secondsUntilReset(now),
        members(budget));
  }

  private static String detail(String unit, DailyBudget budget, long asked) {
    String resets = " It resets at " + budget.day().resetsAt() + " (UTC midnight).";
    if (budget.exhausted() || asked <= 1) {
      return "Your daily limit of "
          + budget.limit()
          + " "
          + unit
          + " is used up ("
          + budget.used()
          + " used)."
          + resets;
    }
    return "This needs "
        + asked
        + " "
        + unit
        + ", but only "
        + budget.remaining()
        + " of your daily "
        + budget.limit()
        + " are left."
        + resets;
  }

  private static Map<String, Object> members(DailyBudget budget) {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("limit", budget.limit());
    members.put("used", budget.used());
    members.put("resets_at", budget.day().resetsAt().toString());
    return members;
  }
}
