package dev.macai.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RestartBudgetTest {

  private final Instant start = Instant.parse("2026-11-23T10:00:00Z");
  private final RestartBudget budget = new RestartBudget(3, Duration.ofMinutes(10));

  @Test
  void allowsThreeRestartsWithinTheWindowAndRefusesTheFourth() {
    assertThat(budget.recordDeath("song-service", start)).isTrue();
    assertThat(budget.recordDeath("song-service", start.plusSeconds(60))).isTrue();
    assertThat(budget.recordDeath("song-service", start.plusSeconds(120))).isTrue();
    assertThat(budget.recordDeath("song-service", start.plusSeconds(180))).isFalse();
    assertThat(budget.recentDeaths("song-service")).isEqualTo(4);
  }

  @Test
  void forgetsDeathsOlderThanTheWindow() {
    budget.recordDeath("chat-service", start);
    budget.recordDeath("chat-service", start.plusSeconds(60));
    budget.recordDeath("chat-service", start.plusSeconds(120));

    assertThat(budget.recordDeath("chat-service", start.plus(Duration.ofMinutes(12)))).isTrue();
    assertThat(budget.recentDeaths("chat-service")).isEqualTo(2);
  }

  @Test
  void countsEachServiceOnItsOwn() {
    for (int i = 0; i < 3; i++) {
      budget.recordDeath("image-service", start.plusSeconds(i));
    }
    assertThat(budget.recordDeath("auth-service", start.plusSeconds(5))).isTrue();
  }
}
