package dev.macai.platform.budget;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a service keeps its budget numbers: usage per user and UTC day, and the admin's override of
 * the configured limit. Each service implements it in its own schema (ARCHITECTURE §2); {@link
 * DailyBudgets} holds the rules.
 */
public interface BudgetLedger {

  /**
   * Adds {@code units} to the user's usage of {@code day} if the total stays within {@code limit}
   * ({@link DailyBudget#UNLIMITED}: always). Must be one atomic statement, so two concurrent calls
   * can never both take the last unit.
   *
   * @return whether the units were added
   */
  boolean add(UUID userId, LocalDate day, long units, long limit, Instant now);

  /** Takes {@code units} off the user's usage of {@code day}, never below 0. */
  void subtract(UUID userId, LocalDate day, long units, Instant now);

  /** The user's usage of {@code day}; 0 when nothing was counted. */
  long used(UUID userId, LocalDate day);

  Optional<LimitOverride> override();

  void override(long dailyLimit, UUID updatedBy, Instant now);

  void clearOverride();
}
