package dev.macai.platform.budget;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The rules of a per-user daily budget for one paid provider, the same in every service: the limit
 * is the admin's override or else the configured default (0 = no limit), every user has it anew
 * each UTC day, and a use is counted in the service's {@link BudgetLedger}.
 *
 * <p>Counted units are reserved before the paid call ({@link #reserve}) and given back when the
 * provider failed ({@link #giveBack}), so a failure costs nothing. Uses whose size is known only
 * afterwards (chat tokens) are refused up front once nothing is left ({@link #requireRemaining})
 * and counted as the provider reports them ({@link #record}).
 *
 * <p>A plain class: each service makes one from its ledger, clock and configuration.
 */
public final class DailyBudgets {

  private final BudgetLedger ledger;
  private final Clock clock;
  private final long defaultLimit;
  private final String unit;

  /**
   * @param defaultLimit the configured limit per user and day, 0 = none
   * @param unit what is counted, plural, for messages ("images", "songs", "OpenAI chat tokens")
   */
  public DailyBudgets(BudgetLedger ledger, Clock clock, long defaultLimit, String unit) {
    if (defaultLimit < 0) {
      throw new IllegalArgumentException(
          "A daily limit must be 0 (no limit) or more, not " + defaultLimit);
    }
    this.ledger = ledger;
    this.clock = clock;
    this.defaultLimit = defaultLimit;
    this.unit = unit;
  }

  /**
   * Takes {@code units} from the user's budget of today, or throws {@link BudgetExhausted} and
   * takes nothing when they do not all fit.
   */
  public Reservation reserve(UUID userId, long units) {
    if (units <= 0) {
      throw new IllegalArgumentException("Reserve at least one unit, not " + units);
    }
    Instant now = clock.instant();
    BudgetDay day = BudgetDay.containing(now);
    long limit = currentLimit();
    if (!ledger.add(userId, day.date(), units, limit, now)) {
      throw new BudgetExhausted(
          unit, new DailyBudget(limit, ledger.used(userId, day.date()), day), units, now);
    }
    return new Reservation(userId, day.date(), units);
  }

  /** The paid call failed: its units go back to the day they were taken from. */
  public void giveBack(Reservation reservation) {
    ledger.subtract(reservation.userId(), reservation.day(), reservation.units(), clock.instant());
  }

  /** Refuses with {@link BudgetExhausted} once nothing is left of today's budget. */
  public void requireRemaining(UUID userId) {
    Instant now = clock.instant();
    DailyBudget budget = today(userId, now);
    if (budget.exhausted()) {
      throw new BudgetExhausted(unit, budget, 1, now);
    }
  }

  /**
   * Counts what the provider reports it used, whatever is left: the call has happened. A use that
   * runs past the limit is counted in full; the next one is refused.
   *
   * @return what was counted on which day (nothing when {@code units} is 0)
   */
  public Reservation record(UUID userId, long units) {
    Instant now = clock.instant();
    LocalDate day = BudgetDay.containing(now).date();
    if (units > 0) {
      ledger.add(userId, day, units, DailyBudget.UNLIMITED, now);
    }
    return new Reservation(userId, day, Math.max(0, units));
  }

  /** The UTC day uses count on now. */
  public BudgetDay currentDay() {
    return BudgetDay.containing(clock.instant());
  }

  /** The user's budget of today. */
  public DailyBudget today(UUID userId) {
    return today(userId, clock.instant());
  }

  private DailyBudget today(UUID userId, Instant now) {
    BudgetDay day = BudgetDay.containing(now);
    return new DailyBudget(currentLimit(), ledger.used(userId, day.date()), day);
  }

  /** The limit in force for every user: the admin's override, else the configured default. */
  public long currentLimit() {
    return ledger.override().map(LimitOverride::dailyLimit).orElse(defaultLimit);
  }

  public DailyLimit limit() {
    return DailyLimit.of(defaultLimit, ledger.override().orElse(null));
  }

  /** An admin replaces the configured limit for every user, from now on (today's usage stays). */
  public DailyLimit setLimit(long dailyLimit, UUID adminId) {
    if (dailyLimit < 0 || dailyLimit > DailyLimitRequest.MAX) {
      throw new InvalidDailyLimit(DailyLimitRequest.MESSAGE);
    }
    ledger.override(dailyLimit, adminId, clock.instant());
    return limit();
  }

  /** Back to the configured default. */
  public DailyLimit resetLimit() {
    ledger.clearOverride();
    return limit();
  }

  public long defaultLimit() {
    return defaultLimit;
  }
}
