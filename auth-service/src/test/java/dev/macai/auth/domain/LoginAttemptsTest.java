package dev.macai.auth.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

  private static final Duration WINDOW = Duration.ofMinutes(15);
  private static final Duration LOCK = Duration.ofMinutes(15);
  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

  private static LoginAttempts fail(LoginAttempts state, Instant at) {
    return state.afterFailure(at, 5, WINDOW, LOCK);
  }

  @Test
  void theFifthFailureInsideTheWindowLocks() {
    LoginAttempts state = LoginAttempts.NONE;
    for (int i = 0; i < 4; i++) {
      state = fail(state, T0.plusSeconds(60L * i));
      assertThat(state.isLocked(T0.plusSeconds(60L * i))).isFalse();
    }
    Instant fifth = T0.plusSeconds(14 * 60);
    state = fail(state, fifth);
    assertThat(state.isLocked(fifth)).isTrue();
    assertThat(state.lockedUntil()).isEqualTo(fifth.plus(LOCK));
    assertThat(state.secondsUntilUnlocked(fifth)).isEqualTo(900);
  }

  @Test
  void theLockEndsExactlyAfterItsDuration() {
    LoginAttempts locked = new LoginAttempts(0, null, T0.plus(LOCK));
    assertThat(locked.isLocked(T0.plus(LOCK).minusMillis(1))).isTrue();
    assertThat(locked.isLocked(T0.plus(LOCK))).isFalse();
    assertThat(locked.secondsUntilUnlocked(T0.plus(LOCK))).isZero();
  }

  @Test
  void retryAfterRoundsUp() {
    LoginAttempts locked = new LoginAttempts(0, null, T0.plusMillis(1500));
    assertThat(locked.secondsUntilUnlocked(T0)).isEqualTo(2);
  }

  @Test
  void aFailureAfterTheWindowStartsCountingAgain() {
    LoginAttempts state = LoginAttempts.NONE;
    for (int i = 0; i < 4; i++) {
      state = fail(state, T0);
    }
    state = fail(state, T0.plus(WINDOW));
    assertThat(state.failures()).isEqualTo(1);
    assertThat(state.windowStart()).isEqualTo(T0.plus(WINDOW));
    assertThat(state.isLocked(T0.plus(WINDOW))).isFalse();
  }
}
