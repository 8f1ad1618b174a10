package dev.macai.song.job.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PollBackoffTest {

  final PollBackoff backoff = new PollBackoff(Duration.ofSeconds(5), Duration.ofSeconds(30));

  @Test
  void startsAtTheInitialDelayAndGrowsByHalfToTheCap() {
    assertThat(backoff.after(0)).isEqualTo(Duration.ofSeconds(5));
    assertThat(backoff.after(1)).isEqualTo(Duration.ofMillis(7500));
    assertThat(backoff.after(2)).isEqualTo(Duration.ofMillis(11250));
    assertThat(backoff.after(5)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.after(1_000_000)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void honoursRetryAfterButNeverWaitsLessThanTheInitialDelay() {
    assertThat(backoff.afterRateLimit(12L, 0)).isEqualTo(Duration.ofSeconds(12));
    assertThat(backoff.afterRateLimit(0L, 3)).isEqualTo(Duration.ofSeconds(5));
    assertThat(backoff.afterRateLimit(null, 1)).isEqualTo(Duration.ofMillis(7500));
  }

  @Test
  void refusesAnInitialDelayAboveTheCap() {
    assertThatThrownBy(() -> new PollBackoff(Duration.ofSeconds(31), Duration.ofSeconds(30)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void neverShrinksAndStaysWithinBounds(@ForAll @IntRange(min = 0, max = 10_000) int attempts) {
    Duration wait = backoff.after(attempts);
    assertThat(wait).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(30));
    assertThat(backoff.after(attempts + 1)).isGreaterThanOrEqualTo(wait);
  }
}
