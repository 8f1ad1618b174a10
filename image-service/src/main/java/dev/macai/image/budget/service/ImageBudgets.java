package dev.macai.image.budget.service;

import dev.macai.image.budget.config.BudgetConfig;
import dev.macai.image.budget.repository.DailyBudgetLedger;
import dev.macai.platform.budget.DailyBudgets;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The service's one daily budget: generated images per user and UTC day ({@code IMAGE_DAILY_LIMIT},
 * or an admin's override). The rules are the service kit's.
 */
public class ImageBudgets {

  /** What the budget counts, as messages name it. */
  public static final String UNIT = "images";

  @Produces
  @Singleton
  DailyBudgets images(DailyBudgetLedger ledger, Clock clock, BudgetConfig config) {
    return new DailyBudgets(ledger, clock, config.dailyLimit(), UNIT);
  }
}
