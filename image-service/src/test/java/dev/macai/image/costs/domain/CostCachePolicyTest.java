package dev.macai.image.costs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CostCachePolicyTest {

  static final CostMonth MARCH = new CostMonth(2025, 3);
  static final Duration HOUR = Duration.ofHours(1);
  static final Instant MID_MARCH = Instant.parse("2025-03-15T12:00:00Z");

  @Test
  void fetchesWhatIsNotCached() {
    assertThat(CostCachePolicy.needsFetch(MARCH, null, false, MID_MARCH, HOUR)).isTrue();
  }

  @Test
  void theRunningMonthIsReusedForTheTtlThenFetchedAgain() {
    Instant fetched = MID_MARCH.minus(Duration.ofMinutes(59));
    assertThat(CostCachePolicy.needsFetch(MARCH, fetched, false, MID_MARCH, HOUR)).isFalse();
    assertThat(CostCachePolicy.needsFetch(MARCH, MID_MARCH.minus(HOUR), false, MID_MARCH, HOUR))
        .isTrue();
  }

  @Test
  void aMonthCachedWhileRunningIsFetchedOnceMoreAfterItEnds() {
    Instant april = Instant.parse("2025-04-01T00:00:10Z");
    Instant lastFetch = Instant.parse("2025-03-31T23:30:00Z");
    assertThat(CostCachePolicy.needsFetch(MARCH, lastFetch, false, april, HOUR)).isTrue();
    assertThat(CostCachePolicy.isFinal(MARCH, lastFetch)).isFalse();
    assertThat(CostCachePolicy.isFinal(MARCH, april)).isTrue();
  }

  @Test
  void aFinalMonthIsNeverFetchedAgain() {
    Instant years = Instant.parse("2030-01-01T00:00:00Z");
    assertThat(
            CostCachePolicy.needsFetch(
                MARCH, Instant.parse("2025-04-02T00:00:00Z"), true, years, HOUR))
        .isFalse();
  }

  @Test
  void monthsRunInUtc() {
    assertThat(MARCH.start()).isEqualTo(Instant.parse("2025-03-01T00:00:00Z"));
    assertThat(MARCH.end()).isEqualTo(Instant.parse("2025-04-01T00:00:00Z"));
    assertThat(new CostMonth(2025, 12).end()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(CostMonth.of(Instant.parse("2025-02-28T23:59:59Z")))
        .isEqualTo(new CostMonth(2025, 2));
  }
}
