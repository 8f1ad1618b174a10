package dev.macai.chat.openai.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.macai.chat.support.PostgresResource;
import dev.macai.chat.support.ProviderSimulator;
import dev.macai.chat.support.SseEvents;
import dev.macai.testkit.budget.DailyLimitApiContract;
import dev.macai.testkit.clock.MovableClock;
import dev.macai.testkit.simulator.InjectSimulator;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The daily OpenAI chat token budget through conversations, against the real database and the
 * OpenAI simulator (a reply: 182 + 27 = 209 tokens; a streamed one: 182 + 8 = 190), on the fixed
 * test day 2026-12-03 12:00 UTC.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class OpenAiChatBudgetTest extends DailyLimitApiContract {

  static final String BUDGET = "/api/v1/openai/chat/budget";
  static final String LIMIT = BUDGET + "/limit";
  static final String CONVERSATIONS = "/api/v1/conversations";
  static final int REPLY = 209;
  static final int STREAMED = 190;
  static final UUID ADMIN = UUID.randomUUID();

  @InjectSimulator WireMockServer simulator;
  @Inject MovableClock clock;

  final UUID me = UUID.randomUUID();

  @AfterEach
  void backToTheConfiguredLimitAndTheTestDay() {
    clock.reset();
    Users.asAdmin(ADMIN).delete(LIMIT).then().statusCode(200);
  }

  @Override
  protected String budgetPath() {
    return BUDGET;
  }

  @Override
  protected long configuredLimit() {
    return 10_000_000;
  }

  @Override
  protected Matcher<?> overrideStamp() {
    return equalTo("2026-12-03T12:00:00Z");
  }

  static void setLimit(long limit) {
    Users.asAdmin(ADMIN)
        .body(Map.of("daily_limit", limit))
        .put(LIMIT)
        .then()
        .statusCode(200)
        .body("daily_limit", equalTo((int) limit));
  }

  String conversation(String provider, String model) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", "Budget");
    body.put("provider", provider);
    body.put("model", model);
    return Users.as(me).body(body).post(CONVERSATIONS).then().statusCode(201).extract().path("id");
  }

  String openAiConversation() {
    return conversation("openai", "gpt-5.4-mini");
  }

  Response send(String id, String content) {
    return Users.as(me)
        .body(Map.of("content", content))
        .post(CONVERSATIONS + "/" + id + "/messages");
  }

  Response stream(String id, String content) {
    return Users.as(me)
        .body(Map.of("content", content))
        .accept("text/event-stream")
        .post(CONVERSATIONS + "/" + id + "/messages/stream");
  }

  int used() {
    return Users.as(me).get(BUDGET).then().statusCode(200).extract().path("used");
  }

  int openAiCalls() {
    return simulator.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))).size();
  }

  @Test
  void aNewUserHasTheConfiguredLimitUntilTheNextUtcMidnight() {
    Users.as(me)
        .get(BUDGET)
        .then()
        .statusCode(200)
        // %test's OPENAI_CHAT_DAILY_TOKENS
        .body("limit", equalTo(10_000_000))
        .body("used", equalTo(0))
        .body("remaining", equalTo(10_000_000))
        .body("unlimited", equalTo(false))
        .body("resets_at", equalTo("2026-12-04T00:00:00Z"));
  }

  @Test
  void countsTheTokensOpenAiReportsForSendsStreamsAndRegenerations() {
    String id = openAiConversation();

    send(id, "Chorus tips?").then().statusCode(200);
    assertThat(used()).isEqualTo(REPLY);

    List<String[]> events =
        SseEvents.parse(stream(id, "And the bridge?").then().statusCode(200).extract().asString());
    assertThat(events).extracting(e -> e[0]).contains("done");
    assertThat(used()).isEqualTo(REPLY + STREAMED);

    String last =
        Users.as(me)
            .get(CONVERSATIONS + "/" + id)
            .then()
            .extract()
            .path(
                "messages.items.find { it.role == 'assistant' && it.content.startsWith('A good') }.id");
    Users.as(me)
        .post(CONVERSATIONS + "/" + id + "/messages/" + last + "/regenerate")
        .then()
        .statusCode(200);
    assertThat(used()).isEqualTo(2 * REPLY + STREAMED);
  }

  @Test
  void onceUsedUpEverySendIsRefusedUpFrontWith429() {
    setLimit(300);
    String id = openAiConversation();
    send(id, "first").then().statusCode(200);
    // 209 < 300: still allowed; the reply that crosses the limit is counted in full.
    send(id, "second").then().statusCode(200);
    assertThat(used()).isEqualTo(2 * REPLY);
    int calls = openAiCalls();
    int messages = messageCount(id);

    Response refused = send(id, "third");

    refused
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", "43200")
        .body("code", equalTo("daily_budget_exhausted"))
        .body("title", equalTo("Too Many Requests"))
        .body("limit", equalTo(300))
        .body("used", equalTo(2 * REPLY))
        .body("resets_at", equalTo("2026-12-04T00:00:00Z"))
        .body("retry_after", equalTo(43200))
        .body("detail", containsString("OpenAI chat tokens"));
    // The stream is refused before it starts: an ordinary problem, not an SSE error event.
    stream(id, "streamed third")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("code", equalTo("daily_budget_exhausted"));
    String reply =
        Users.as(me)
            .get(CONVERSATIONS + "/" + id)
            .then()
            .extract()
            .path("messages.items.findAll { it.role == 'assistant' }[-1].id");
    Users.as(me)
        .post(CONVERSATIONS + "/" + id + "/messages/" + reply + "/regenerate")
        .then()
        .statusCode(429)
        .body("code", equalTo("daily_budget_exhausted"));

    assertThat(openAiCalls()).isEqualTo(calls);
    assertThat(messageCount(id)).isEqualTo(messages);
  }

  @Test
  void ollamaIsLocalAndNeverCounted() {
    setLimit(100);
    String gpt = openAiConversation();
    send(gpt, "use it up").then().statusCode(200);
    send(gpt, "refused").then().statusCode(429);

    String local = conversation("ollama", "llama3.2:3b");
    send(local, "still fine").then().statusCode(200);

    assertThat(used()).isEqualTo(REPLY);
  }

  @Test
  void aFailedOpenAiCallCostsNothing() {
    setLimit(REPLY);
    String marker = "boom-" + UUID.randomUUID();
    StubMapping failing =
        simulator.stubFor(
            post(urlEqualTo("/v1/chat/completions"))
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$.messages[*].content", containing(marker)))
                .willReturn(
                    aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"The server had an error\"}}")));
    try {
      String id = openAiConversation();
      send(id, "please " + marker).then().statusCode(502);
      assertThat(used()).isZero();

      String fresh = openAiConversation();
      send(fresh, "works").then().statusCode(200);
      assertThat(used()).isEqualTo(REPLY);
    } finally {
      simulator.removeStub(failing);
    }
  }

  @Test
  void zeroMeansNoLimitAndUsageIsStillCounted() {
    setLimit(0);
    String id = openAiConversation();
    send(id, "one").then().statusCode(200);
    send(id, "two").then().statusCode(200);

    Users.as(me)
        .get(BUDGET)
        .then()
        .body("limit", equalTo(0))
        .body("unlimited", equalTo(true))
        .body("remaining", nullValue())
        .body("used", equalTo(2 * REPLY));
  }

  @Test
  void aNewUtcDayStartsFresh() {
    setLimit(100);
    String id = openAiConversation();
    send(id, "today").then().statusCode(200);
    send(id, "today again").then().statusCode(429);

    clock.shift(Duration.ofDays(1));

    Users.as(me)
        .get(BUDGET)
        .then()
        .body("used", equalTo(0))
        .body("resets_at", equalTo("2026-12-05T00:00:00Z"));
    send(id, "tomorrow").then().statusCode(200);
    assertThat(used()).isEqualTo(REPLY);
    clock.reset();
    assertThat(used()).isEqualTo(REPLY);
  }

  int messageCount(String id) {
    return Users.as(me).get(CONVERSATIONS + "/" + id).then().extract().path("messages.total");
  }
}
