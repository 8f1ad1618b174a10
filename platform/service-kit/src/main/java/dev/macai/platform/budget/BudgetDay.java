package dev.macai.platform.budget;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The UTC day a use counts on, and the instant that day's budget resets (the next UTC midnight).
 * Every replica and every user agree on it, whatever their own time zone.
 */
public record BudgetDay(LocalDate date, Instant resetsAt) {

  /** The UTC day that holds {@code instant}. */
  public static BudgetDay containing(Instant instant) {
    LocalDate date = instant.atOffset(ZoneOffset.UTC).toLocalDate();
    return new BudgetDay(date, date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /**
   * Whole seconds from {@code now} until the reset, rounded up and at least 1, as {@code
   * Retry-After} wants them: a client that waits that long finds the new day begun.
   */
  public long secondsUntilReset(Instant now) {
    long millis = resetsAt.toEpochMilli() - now.toEpochMilli();
    return Math.max(1, (millis + 999) / 1000);
  }
}
