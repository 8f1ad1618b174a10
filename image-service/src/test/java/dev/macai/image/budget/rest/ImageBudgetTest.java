package dev.macai.image.budget.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.macai.image.support.Images;
import dev.macai.image.support.PostgresResource;
import dev.macai.image.support.ProviderSimulator;
import dev.macai.testkit.budget.DailyLimitApiContract;
import dev.macai.testkit.clock.MovableClock;
import dev.macai.testkit.simulator.InjectSimulator;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The daily image budget through the API, against the real database and the OpenAI simulator. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class ImageBudgetTest extends DailyLimitApiContract {

  static final String BUDGET = "/api/v1/image/budget";
  static final String LIMIT = BUDGET + "/limit";
  static final UUID ADMIN = UUID.randomUUID();

  @InjectSimulator WireMockServer simulator;
  @Inject MovableClock clock;

  final UUID me = UUID.randomUUID();

  @AfterEach
  void backToTheConfiguredLimitAndToday() {
    clock.reset();
    Users.asAdmin(ADMIN).delete(LIMIT).then().statusCode(200);
  }

  @Override
  protected String budgetPath() {
    return BUDGET;
  }

  @Override
  protected long configuredLimit() {
    return 1_000;
  }

  static void setLimit(long limit) {
    Users.asAdmin(ADMIN)
        .body(Map.of("daily_limit", limit))
        .put(LIMIT)
        .then()
        .statusCode(200)
        .body("daily_limit", equalTo((int) limit));
  }

  static Response generate(UUID user, String prompt) {
    return Users.as(user).body(Map.of("prompt", prompt)).post(Images.GENERATE);
  }

  int openAiCallsWith(String marker) {
    return simulator
        .findAll(
            postRequestedFor(urlEqualTo("/v1/images/generations"))
                .withRequestBody(matchingJsonPath("$.prompt", WireMock.containing(marker))))
        .size();
  }

  @Test
  void aNewUserHasTheConfiguredLimitUntilTheNextUtcMidnight() {
    Instant midnight =
        LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Users.as(me)
        .get(BUDGET)
        .then()
        .statusCode(200)
        // %test's IMAGE_DAILY_LIMIT
        .body("limit", equalTo(1000))
        .body("used", equalTo(0))
        .body("remaining", equalTo(1000))
        .body("unlimited", equalTo(false))
        .body("resets_at", equalTo(midnight.toString()));
  }

  @Test
  void theLimitReachedAnswers429WithRetryAfterAndAsksOpenAiNothing() {
    setLimit(2);
    String marker = "budget-" + UUID.randomUUID();
    generate(me, "one " + marker).then().statusCode(201);
    generate(me, "two " + marker).then().statusCode(201);

    Response refused = generate(me, "three " + marker);

    refused
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("status", equalTo(429))
        .body("title", equalTo("Too Many Requests"))
        .body("code", equalTo("daily_budget_exhausted"))
        .body("limit", equalTo(2))
        .body("used", equalTo(2))
        .body("detail", org.hamcrest.Matchers.containsString("daily limit of 2 images"));
    Instant resetsAt = Instant.parse(refused.path("resets_at"));
    assertThat(resetsAt)
        .isEqualTo(
            LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertThat(retryAfter)
        .isBetween(1L, 86_400L)
        .isCloseTo(
            Duration.between(Instant.now(), resetsAt).toSeconds(),
            org.assertj.core.data.Offset.offset(5L));
    assertThat(refused.<Integer>path("retry_after")).isEqualTo((int) retryAfter);
    assertThat(openAiCallsWith(marker)).isEqualTo(2);
    Users.as(me).get(BUDGET).then().body("used", equalTo(2)).body("remaining", equalTo(0));
    // Somebody else's budget is their own.
    generate(UUID.randomUUID(), "other " + marker).then().statusCode(201);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0002", "fault-500", "fault-slow"})
  void aFailedGenerationGivesTheImageBack(String fault) {
    setLimit(1);
    int status = fault.equals("fault-slow") ? 504 : 502;

    generate(me, "a cat " + fault).then().statusCode(status);

    Users.as(me).get(BUDGET).then().body("used", equalTo(0)).body("remaining", equalTo(1));
    generate(me, "a cat 0001").then().statusCode(201);
    Users.as(me).get(BUDGET).then().body("used", equalTo(1));
  }

  @Test
  void refusedRequestsTakeNothingFromTheBudget() {
    setLimit(1);
    // Refused by us before OpenAI is asked (xhigh needs GPT Image 2.5) ...
    Users.as(me)
        .body(Map.of("prompt", "a kite 0001", "quality", "xhigh"))
        .post(Images.GENERATE)
        .then()
        .statusCode(400);
    // ... and by OpenAI, after the reservation (a retired model).
    Users.as(me)
        .body(Map.of("prompt", "a kite 0001", "model", "dall-e-3"))
        .post(Images.GENERATE)
        .then()
        .statusCode(400);

    Users.as(me).get(BUDGET).then().body("used", equalTo(0));
  }

  @Test
  void concurrentRequestsAtTheEdgeNeverOvershoot() throws Exception {
    setLimit(3);
    String marker = "race-" + UUID.randomUUID();
    int requests = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(requests);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        int n = i;
        Callable<Integer> request =
            () -> {
              start.await();
              return generate(me, "race " + n + " " + marker).statusCode();
            };
        answers.add(pool.submit(request));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
      assertThat(statuses).filteredOn(s -> s == 429).hasSize(requests - 3);
    } finally {
      pool.shutdownNow();
    }
    assertThat(openAiCallsWith(marker)).isEqualTo(3);
    Users.as(me).get(BUDGET).then().body("used", equalTo(3)).body("remaining", equalTo(0));
  }

  @Test
  void zeroMeansNoLimitAndUsageIsStillCounted() {
    setLimit(0);
    generate(me, "free 0001").then().statusCode(201);
    generate(me, "free again 0001").then().statusCode(201);

    Users.as(me)
        .get(BUDGET)
        .then()
        .body("limit", equalTo(0))
        .body("unlimited", equalTo(true))
        .body("remaining", nullValue())
        .body("used", equalTo(2));
  }

  @Test
  void aNewUtcDayStartsFresh() {
    setLimit(1);
    generate(me, "today 0001").then().statusCode(201);
    generate(me, "today again 0001").then().statusCode(429);

    clock.shift(Duration.ofDays(1));

    Users.as(me).get(BUDGET).then().body("used", equalTo(0)).body("remaining", equalTo(1));
    generate(me, "tomorrow 0001").then().statusCode(201);
    clock.reset();
    Users.as(me).get(BUDGET).then().body("used", equalTo(1));
  }
}
