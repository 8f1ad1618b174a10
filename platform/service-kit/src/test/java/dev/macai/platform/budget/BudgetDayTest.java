package dev.macai.platform.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BudgetDayTest {

  @Test
  void theDayIsUtcAndResetsAtTheNextUtcMidnight() {
    BudgetDay day = BudgetDay.containing(Instant.parse("2026-12-03T23:30:00Z"));

    assertThat(day.date()).isEqualTo(LocalDate.parse("2026-12-03"));
    assertThat(day.resetsAt()).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
    assertThat(day.secondsUntilReset(Instant.parse("2026-12-03T23:30:00Z"))).isEqualTo(1800);
  }

  @Test
  void midnightItselfBelongsToTheNewDay() {
    BudgetDay day = BudgetDay.containing(Instant.parse("2026-12-04T00:00:00Z"));

    assertThat(day.date()).isEqualTo(LocalDate.parse("2026-12-04"));
    assertThat(day.secondsUntilReset(Instant.parse("2026-12-04T00:00:00Z"))).isEqualTo(86_400);
  }

  @Test
  void retryAfterRoundsUpAndIsNeverZero() {
    BudgetDay day = BudgetDay.containing(Instant.parse("2026-12-03T12:00:00Z"));

    assertThat(day.secondsUntilReset(Instant.parse("2026-12-03T23:59:59.200Z"))).isEqualTo(1);
    assertThat(day.secondsUntilReset(Instant.parse("2026-12-03T23:59:58.200Z"))).isEqualTo(2);
    assertThat(day.secondsUntilReset(Instant.parse("2026-12-04T00:00:00Z"))).isEqualTo(1);
  }
}
