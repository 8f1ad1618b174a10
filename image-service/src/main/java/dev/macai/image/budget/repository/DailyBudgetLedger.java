package dev.macai.image.budget.repository;

import dev.macai.platform.budget.SqlBudgetLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The kit's budget ledger over this service's {@code daily_budget_*} tables. */
@ApplicationScoped
public class DailyBudgetLedger extends SqlBudgetLedger {

  private final EntityManager db;

  DailyBudgetLedger(EntityManager db) {
    this.db = db;
  }

  @Override
  protected EntityManager db() {
    return db;
  }
}
