package dev.macai.image.costs.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** A calendar month in UTC, the unit OpenAI costs are cached in. */
public record CostMonth(int year, int month) implements Comparable<CostMonth> {

  public CostMonth {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month 1..12, was " + month);
    }
  }

  public static CostMonth of(Instant instant) {
    YearMonth ym = YearMonth.from(instant.atZone(ZoneOffset.UTC));
    return new CostMonth(ym.getYear(), ym.getMonthValue());
  }

  public Instant start() {
    return YearMonth.of(year, month).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The first instant of the next month (exclusive end). */
  public Instant end() {
    return YearMonth.of(year, month)
        .plusMonths(1)
        .atDay(1)
        .atStartOfDay(ZoneOffset.UTC)
        .toInstant();
  }

  @Override
  public int compareTo(CostMonth other) {
    return Integer.compare(year * 12 + month, other.year * 12 + other.month);
  }
}
