package dev.macai.platform.budget;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The budget numbers in a service's own tables {@code daily_budget_usage} (user, UTC day, used) and
 * {@code daily_budget_limit} (the admin's single-row override), which every service with a budget
 * creates in its schema with the same columns. Each method is one short transaction, or joins the
 * caller's. A service subclasses it as an {@code @ApplicationScoped} bean in its repository layer
 * that hands in its EntityManager (through an accessor, not a constructor, so that CDI can still
 * proxy the subclass).
 */
public abstract class SqlBudgetLedger implements BudgetLedger {

  /** The service's EntityManager. */
  protected abstract EntityManager db();

  /**
   * One statement: the insert of a first use (only if it fits at all) or the update of the day's
   * row (only if the sum fits). The update locks the row and re-checks the sum on the newest
   * version, so concurrent reservations queue up and the last unit goes to exactly one of them.
   */
  @Override
  @Transactional
  public boolean add(UUID userId, LocalDate day, long units, long limit, Instant now) {
    List<?> added =
        db().createNativeQuery(
                "INSERT INTO daily_budget_usage AS u (user_id, day, used, updated_at)"
                    + " SELECT :user, :day, :units, :now"
                    + " WHERE CAST(:limit AS bigint) = 0 OR CAST(:units AS bigint) <= :limit"
                    + " ON CONFLICT (user_id, day) DO UPDATE"
                    + " SET used = u.used + EXCLUDED.used, updated_at = EXCLUDED.updated_at"
                    + " WHERE CAST(:limit AS bigint) = 0 OR u.used + EXCLUDED.used <= :limit"
                    + " RETURNING u.used")
            .setParameter("user", userId)
            .setParameter("day", day)
            .setParameter("units", units)
            .setParameter("limit", limit)
            .setParameter("now", now.atOffset(ZoneOffset.UTC))
            .getResultList();
    return !added.isEmpty();
  }

  @Override
  @Transactional
  public void subtract(UUID userId, LocalDate day, long units, Instant now) {
    db().createNativeQuery(
            "UPDATE daily_budget_usage SET used = GREATEST(used - :units, 0), updated_at = :now"
                + " WHERE user_id = :user AND day = :day")
        .setParameter("user", userId)
        .setParameter("day", day)
        .setParameter("units", units)
        .setParameter("now", now.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  @Override
  @Transactional
  public long used(UUID userId, LocalDate day) {
    List<?> rows =
        db().createNativeQuery(
                "SELECT used FROM daily_budget_usage WHERE user_id = :user AND day = :day")
            .setParameter("user", userId)
            .setParameter("day", day)
            .getResultList();
    return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
  }

  @Override
  @Transactional
  public Optional<LimitOverride> override() {
    List<?> rows =
        db().createNativeQuery("SELECT daily_limit, updated_at, updated_by FROM daily_budget_limit")
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new LimitOverride(((Number) row[0]).longValue(), instant(row[1]), (UUID) row[2]));
  }

  @Override
  @Transactional
  public void override(long dailyLimit, UUID updatedBy, Instant now) {
    db().createNativeQuery(
            "INSERT INTO daily_budget_limit (singleton, daily_limit, updated_at, updated_by)"
                + " VALUES (true, :limit, :now, :by) ON CONFLICT (singleton) DO UPDATE"
                + " SET daily_limit = EXCLUDED.daily_limit, updated_at = EXCLUDED.updated_at,"
                + " updated_by = EXCLUDED.updated_by")
        .setParameter("limit", dailyLimit)
        .setParameter("now", now.atOffset(ZoneOffset.UTC))
        .setParameter("by", updatedBy)
        .executeUpdate();
  }

  @Override
  @Transactional
  public void clearOverride() {
    db().createNativeQuery("DELETE FROM daily_budget_limit").executeUpdate();
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return ((java.sql.Timestamp) value).toInstant();
  }
}
