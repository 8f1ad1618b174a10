package dev.macai.song.budget.service;

import dev.macai.platform.budget.DailyBudgets;
import dev.macai.song.budget.config.BudgetConfig;
import dev.macai.song.budget.repository.DailyBudgetLedger;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The service's one daily budget: generation jobs per user and UTC day ({@code SONG_DAILY_LIMIT},
 * or an admin's override). The rules are the service kit's.
 */
public class SongBudgets {

  /** What the budget counts, as messages name it. */
  public static final String UNIT = "song generations";

  @Produces
  @Singleton
  DailyBudgets songs(DailyBudgetLedger ledger, Clock clock, BudgetConfig config) {
    return new DailyBudgets(ledger, clock, config.dailyLimit(), UNIT);
  }
}
