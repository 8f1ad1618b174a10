package dev.macai.platform.budget;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A ledger in a map, atomic by synchronisation: the rules' tests need no database. */
final class InMemoryLedger implements BudgetLedger {

  private final Map<String, Long> used = new HashMap<>();
  private LimitOverride override;

  @Override
  public synchronized boolean add(UUID userId, LocalDate day, long units, long limit, Instant now) {
    long current = used(userId, day);
    if (limit != DailyBudget.UNLIMITED && current + units > limit) {
      return false;
    }
    used.put(userId + "/" + day, current + units);
    return true;
  }

  @Override
  public synchronized void subtract(UUID userId, LocalDate day, long units, Instant now) {
    used.put(userId + "/" + day, Math.max(0, used(userId, day) - units));
  }

  @Override
  public synchronized long used(UUID userId, LocalDate day) {
    return used.getOrDefault(userId + "/" + day, 0L);
  }

  @Override
  public synchronized Optional<LimitOverride> override() {
    return Optional.ofNullable(override);
  }

  @Override
  public synchronized void override(long dailyLimit, UUID updatedBy, Instant now) {
    override = new LimitOverride(dailyLimit, now, updatedBy);
  }

  @Override
  public synchronized void clearOverride() {
    override = null;
  }
}
