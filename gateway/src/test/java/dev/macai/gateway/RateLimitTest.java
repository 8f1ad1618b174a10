package dev.macai.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.gateway.support.FakeServices;
import dev.macai.gateway.support.GatewayClient;
import dev.macai.gateway.support.RunningGateway;
import dev.macai.testkit.tokens.TestTokens;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The production rate limits (5 r/s with a burst of 10 for the API, 5 per minute with a burst of 4
 * for login and sign-up), each test against a fresh nginx so the counters start empty.
 */
class RateLimitTest {

  private static FakeServices services;
  private RunningGateway gateway;
  private GatewayClient client;
  private final String token = TestTokens.valid(UUID.randomUUID(), "user");

  @BeforeAll
  static void startServices() {
    RunningGateway.requireNginx();
    services = FakeServices.start();
  }

  @AfterAll
  static void stopServices() {
    if (services != null) {
      services.close();
    }
  }

  @BeforeEach
  void startGateway() throws IOException {
    services.resetToDefaults();
    gateway =
        RunningGateway.builder(services)
            .variable("RATE_LIMIT_API", "5r/s")
            .variable("RATE_LIMIT_API_BURST", "10")
            .variable("RATE_LIMIT_LOGIN", "5r/m")
            .variable("RATE_LIMIT_LOGIN_BURST", "4")
            .variable("RATE_LIMIT_LOGIN_RETRY_AFTER", "12")
            .start();
    client = new GatewayClient(gateway);
  }

  @AfterEach
  void stopGateway() {
    gateway.close();
  }

  @Test
  void theApiAllowsABurstThenAnswers429WithRetryAfter() {
    List<HttpResponse<String>> responses = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      responses.add(client.getWithToken("/api/v1/sketches", token));
    }

    // One request plus the burst of 10 always pass; 30 in a row cannot all pass at 5 r/s.
    assertThat(responses.subList(0, 11)).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
    List<HttpResponse<String>> limited =
        responses.stream().filter(r -> r.statusCode() == 429).toList();
    assertThat(limited).isNotEmpty();
    HttpResponse<String> tooMany = limited.get(0);
    assertThat(tooMany.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(tooMany.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(tooMany.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(tooMany.body())
        .contains("\"status\":429", "\"code\":\"rate_limited\"", "\"title\":\"Too Many Requests\"");
    // Limited requests never reach the service.
    services
        .service("catalog")
        .verify(30 - limited.size(), anyRequestedFor(urlPathEqualTo("/api/v1/sketches")));
  }

  @Test
  void loginIsLimitedMuchEarlierWithALongerRetryAfter() {
    List<Integer> statuses = new ArrayList<>();
    HttpResponse<String> last = null;
    for (int i = 0; i < 8; i++) {
      last = client.send(post("/api/v1/user/login"));
      statuses.add(last.statusCode());
    }

    assertThat(statuses.subList(0, 5)).containsOnly(200);
    assertThat(statuses.subList(5, 8)).containsOnly(429);
    assertThat(last.headers().firstValue("Retry-After")).hasValue("12");
    assertThat(last.body()).contains("retry after 12 s");
  }

  @Test
  void signUpSharesTheLoginLimitButOtherApiCallsDoNot() {
    for (int i = 0; i < 5; i++) {
      client.send(post("/api/v1/user/login"));
    }

    assertThat(client.send(post("/api/v1/user/create")).statusCode()).isEqualTo(429);
    assertThat(client.get("/api/v1/auth/jwks").statusCode()).isEqualTo(200);
    assertThat(client.getWithToken("/api/v1/user/profile", token).statusCode()).isEqualTo(200);
  }

  @Test
  void theWebUiIsNotRateLimited() {
    for (int i = 0; i < 60; i++) {
      assertThat(client.get(i % 2 == 0 ? "/" : "/main-AB12CD34.js").statusCode()).isEqualTo(200);
    }
  }

  private HttpRequest post(String path) {
    return client
        .request(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"a@b.c\",\"password\":\"x\"}"))
        .build();
  }
}
