package dev.macai.auth.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefreshLifetimeTest {

  private static final Instant LOGIN = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration TTL = Duration.ofDays(30);
  private static final Duration MAX = Duration.ofDays(30);

  @Test
  void aFreshFamilyGetsTheTokensOwnLifetime() {
    assertThat(RefreshLifetime.expiry(LOGIN, LOGIN, TTL, MAX)).isEqualTo(LOGIN.plus(TTL));
  }

  @Test
  void rotationNeverReachesPastTheFamilysEnd() {
    Instant day20 = LOGIN.plus(Duration.ofDays(20));
    assertThat(RefreshLifetime.expiry(day20, LOGIN, TTL, MAX)).isEqualTo(LOGIN.plus(MAX));
  }

  @Test
  void aShortTokenLifetimeStillWins() {
    Instant day2 = LOGIN.plus(Duration.ofDays(2));
    assertThat(RefreshLifetime.expiry(day2, LOGIN, Duration.ofDays(1), MAX))
        .isEqualTo(day2.plus(Duration.ofDays(1)));
  }
}
