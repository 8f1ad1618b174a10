package dev.macai.song.budget.rest;

import static dev.macai.song.support.Budgets.BUDGET;
import static dev.macai.song.support.Budgets.setLimit;
import static dev.macai.song.support.Budgets.used;
import static dev.macai.song.support.Songs.BASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.macai.song.support.Budgets;
import dev.macai.song.support.MurekaSimulator;
import dev.macai.song.support.PostgresResource;
import dev.macai.song.support.Songs;
import dev.macai.testkit.budget.DailyLimitApiContract;
import dev.macai.testkit.clock.MovableClock;
import dev.macai.testkit.redis.RedisResource;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The daily song budget end to end: the API, the real worker, Redis, PostgreSQL, the simulator. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(RedisResource.class)
@WithTestResource(MurekaSimulator.class)
class SongBudgetTest extends DailyLimitApiContract {

  static final Duration WITHIN = Duration.ofSeconds(60);

  @Inject MovableClock clock;

  final UUID me = UUID.randomUUID();

  @AfterEach
  void backToTheConfiguredLimitAndToday() {
    clock.reset();
    Budgets.resetLimit();
  }

  @Override
  protected String budgetPath() {
    return BUDGET;
  }

  @Override
  protected long configuredLimit() {
    return 1_000;
  }

  static Response generate(UUID user, String lyrics) {
    return Users.as(user).body(Songs.song(lyrics, "pop")).post(BASE + "/generate");
  }

  static int songsOf(UUID user) {
    return Users.as(user).get(BASE + "/list").then().statusCode(200).extract().path("total");
  }

  @Test
  void aNewUserHasTheConfiguredLimitUntilTheNextUtcMidnight() {
    Users.as(me)
        .get(BUDGET)
        .then()
        .statusCode(200)
        // %test's SONG_DAILY_LIMIT
        .body("limit", equalTo(1000))
        .body("used", equalTo(0))
        .body("remaining", equalTo(1000))
        .body("unlimited", equalTo(false))
        .body("resets_at", equalTo(nextUtcMidnight().toString()));
  }

  @Test
  void theLimitReachedAnswers429WithRetryAfterAndQueuesNothing() {
    setLimit(2);
    generate(me, "one 0001").then().statusCode(202);
    Users.as(me)
        .body(Map.of("prompt", "lofi", "model", "auto"))
        .post(BASE + "/generate-instrumental")
        .then()
        .statusCode(202);

    Response refused = generate(me, "three 0001");

    refused
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("code", equalTo("daily_budget_exhausted"))
        .body("title", equalTo("Too Many Requests"))
        .body("limit", equalTo(2))
        .body("used", equalTo(2))
        .body("resets_at", equalTo(nextUtcMidnight().toString()))
        .body("detail", containsString("daily limit of 2 song generations"));
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertThat(retryAfter)
        .isCloseTo(
            Duration.between(Instant.now(), nextUtcMidnight()).toSeconds(), Offset.offset(5L));
    Users.as(me)
        .body(Map.of("prompt", "lofi", "model", "auto"))
        .post(BASE + "/generate-instrumental")
        .then()
        .statusCode(429)
        .body("code", equalTo("daily_budget_exhausted"));
    assertThat(songsOf(me)).isEqualTo(2);
    Users.as(me).get(BUDGET).then().body("used", equalTo(2)).body("remaining", equalTo(0));
  }

  @Test
  void aSongThatSucceededKeepsItsUnit() {
    setLimit(5);
    String task = Songs.generate(me, "Verse 0001", "indie");
    Songs.awaitStatus(me, task, "SUCCESS", WITHIN);
    assertThat(used(me)).isEqualTo(1);
  }

  /** 0002: Mureka refuses the submission (401); 0003: it accepts the song, then fails it. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0002 refused", "0003 accepted then failed"})
  void aFailedJobGivesItsUnitBack(String lyrics) {
    setLimit(1);
    String task = Songs.generate(me, lyrics, "rock");

    Songs.awaitStatus(me, task, "FAILURE", WITHIN);

    // The unit goes back in the transaction that writes FAILURE.
    assertThat(used(me)).isZero();
    generate(me, "again 0001").then().statusCode(202);
    assertThat(used(me)).isEqualTo(1);
  }

  @Test
  void concurrentRequestsAtTheEdgeNeverOvershoot() throws Exception {
    setLimit(3);
    int requests = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(requests);
    List<Integer> statuses = new ArrayList<>();
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        int n = i;
        Callable<Integer> request =
            () -> {
              start.await();
              return generate(me, "race " + n + " 0001").statusCode();
            };
        answers.add(pool.submit(request));
      }
      start.countDown();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(statuses).filteredOn(s -> s == 202).hasSize(3);
    assertThat(statuses).filteredOn(s -> s == 429).hasSize(requests - 3);
    assertThat(songsOf(me)).isEqualTo(3);
    assertThat(used(me)).isEqualTo(3);
  }

  @Test
  void zeroMeansNoLimitAndUsageIsStillCounted() {
    setLimit(0);
    for (int i = 0; i < 3; i++) {
      generate(me, "free " + i).then().statusCode(202);
    }
    Users.as(me)
        .get(BUDGET)
        .then()
        .body("limit", equalTo(0))
        .body("unlimited", equalTo(true))
        .body("remaining", nullValue())
        .body("used", equalTo(3));
  }

  @Test
  void aNewUtcDayStartsFresh() {
    setLimit(1);
    generate(me, "today 0001").then().statusCode(202);
    generate(me, "today again 0001").then().statusCode(429);

    clock.shift(Duration.ofDays(1));

    Users.as(me).get(BUDGET).then().body("used", equalTo(0)).body("remaining", equalTo(1));
    generate(me, "tomorrow 0001").then().statusCode(202);
    assertThat(used(me)).isEqualTo(1);
    clock.reset();
    assertThat(used(me)).isEqualTo(1);
  }

  static Instant nextUtcMidnight() {
    return LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
