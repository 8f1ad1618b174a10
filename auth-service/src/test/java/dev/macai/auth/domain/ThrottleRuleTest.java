package dev.macai.auth.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleRuleTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final ThrottleRule RULE =
      new ThrottleRule(
          5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(24), Duration.ZERO);

  @Test
  void freeFailuresCostNothingThenTheDelayDoublesUpToTheCap() {
    assertThat(RULE.delayAfter(4)).isZero();
    assertThat(RULE.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(RULE.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
    assertThat(RULE.delayAfter(9)).isEqualTo(Duration.ofSeconds(16));
    assertThat(RULE.delayAfter(15)).isEqualTo(Duration.ofMinutes(15));
    assertThat(RULE.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void theFifthFailureBlocksUntilItsDelayHasPassed() {
    ThrottleState state = ThrottleState.NONE;
    for (int i = 0; i < 5; i++) {
      assertThat(state.isBlocked(T0)).isFalse();
      state = RULE.afterFailure(state, T0);
    }
    assertThat(state.isBlocked(T0)).isTrue();
    assertThat(state.secondsUntilFree(T0)).isEqualTo(1);
    assertThat(state.isBlocked(T0.plusSeconds(1))).isFalse();
    assertThat(state.secondsUntilFree(T0.plusMillis(1))).isEqualTo(1);
  }

  @Test
  void failuresAreForgottenAfterAQuietPeriod() {
    ThrottleState state = ThrottleState.NONE;
    for (int i = 0; i < 4; i++) {
      state = RULE.afterFailure(state, T0);
    }
    ThrottleState later = RULE.afterFailure(state, T0.plus(Duration.ofHours(24)));
    assertThat(later.failures()).isEqualTo(1);
    assertThat(later.isBlocked(T0.plus(Duration.ofHours(24)))).isFalse();
  }

  @Test
  void aSuccessClearsFailuresAndIsRemembered() {
    ThrottleState failed = RULE.afterFailure(RULE.afterFailure(ThrottleState.NONE, T0), T0);
    ThrottleState succeeded = failed.afterSuccess(T0.plusSeconds(5));
    assertThat(succeeded.failures()).isZero();
    assertThat(succeeded.isBlocked(T0.plusSeconds(5))).isFalse();
    assertThat(succeeded.succeededSince(T0)).isTrue();
    assertThat(succeeded.succeededSince(T0.plusSeconds(5))).isFalse();
    // A later failure keeps the memory of the success.
    assertThat(RULE.afterFailure(succeeded, T0.plusSeconds(6)).lastSuccessAt())
        .isEqualTo(T0.plusSeconds(5));
  }
}
