package dev.macai.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.gateway.support.FakeServices;
import dev.macai.gateway.support.GatewayClient;
import dev.macai.gateway.support.GatewayTest;
import dev.macai.gateway.support.RunningGateway;
import dev.macai.testkit.tokens.TestTokens;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The route table of ARCHITECTURE §2: every public path prefix reaches its service unchanged. */
class RouteTableTest extends GatewayTest {

  private final String token = TestTokens.valid(UUID.randomUUID(), "user");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "/api/v1/user/profile, auth",
    "/api/v1/user/settings, auth",
    "/api/v1/auth/something-protected, auth",
    "/api/v1/sketches, catalog",
    "/api/v1/sketches/3f0c1c9e-1b7a-4d3e-9d7e-0a1b2c3d4e5f/duplicate, catalog",
    "/api/v1/equipment?type=Plugin&limit=5, catalog",
    "/api/v1/lyric-parsing-rules/reorder, catalog",
    "/api/v1/conversations, chat",
    "/api/v1/conversations/3f0c1c9e-1b7a-4d3e-9d7e-0a1b2c3d4e5f/export?format=markdown, chat",
    "/api/v1/ollama/chat/models, chat",
    "/api/v1/openai/chat/models, chat",
    "/api/v1/prompts/image/enhance, chat",
    "/api/v1/image/list?limit=20, image",
    "/api/v1/image, image",
    "/api/v1/openai/costs/current-month, image",
    "/api/v1/song/list, song",
    "/api/v1/song/task/queue-status, song",
    "/api/v1/image/budget, image",
    "/api/v1/image/budget/limit, image",
    "/api/v1/song/budget, song",
    "/api/v1/song/budget/limit, song",
    "/api/v1/openai/chat/budget, chat",
    "/api/v1/openai/chat/budget/limit, chat",
  })
  void protectedRoutesReachTheirServiceWithPathAndQueryUnchanged(
      String pathAndQuery, String service) {
    HttpResponse<String> response = client.getWithToken(pathAndQuery, token);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Upstream")).hasValue(service);
    services.service(service).verify(getRequestedFor(urlEqualTo(pathAndQuery)));
  }

  @ParameterizedTest(name = "{0} without a token -> 401")
  @ValueSource(
      strings = {
        "/api/v1/user/profile",
        "/api/v1/sketches",
        "/api/v1/equipment",
        "/api/v1/lyric-parsing-rules",
        "/api/v1/conversations",
        "/api/v1/ollama/chat/models",
        "/api/v1/openai/chat/models",
        "/api/v1/prompts",
        "/api/v1/image/list",
        "/api/v1/openai/costs/current-month",
        "/api/v1/song/list",
        "/api/v1/song/events",
        "/api/v1/image/budget/limit",
        "/api/v1/song/budget",
        "/api/v1/openai/chat/budget",
        "/api/v1/conversations/3f0c1c9e-1b7a-4d3e-9d7e-0a1b2c3d4e5f/messages/stream"
      })
  void everyServiceRouteIsProtected(String path) {
    assertThat(client.get(path).statusCode()).isEqualTo(401);
    FakeServices.NAMES.forEach(name -> services.service(name).verify(0, anyRequestedFor(anyUrl())));
  }

  @ParameterizedTest(name = "{0} {1} is public")
  @CsvSource({
    "POST, /api/v1/user/login",
    "POST, /api/v1/user/create",
    "POST, /api/v1/user/logout",
    "POST, /api/v1/auth/logout",
    "POST, /api/v1/auth/refresh",
    "GET, /api/v1/auth/setup",
    "GET, /api/v1/auth/jwks",
    "GET, /api/v1/auth/public-key.pem",
  })
  void passwordAndTokenEndpointsArePublic(String method, String path) {
    HttpResponse<String> response =
        client.send(
            client
                .request(path)
                .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")
                .build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Upstream")).hasValue("auth");
  }

  /** auth-service throttles logins per client address and trusts only this header. */
  @Test
  void theClientAddressAServiceSeesIsTheGatewaysPeerNotWhatTheClientClaims() {
    HttpResponse<String> response =
        client.send(
            client
                .request("/api/v1/user/login")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")
                .header("X-Real-IP", "203.0.113.66")
                .build());

    assertThat(response.statusCode()).isEqualTo(200);
    services
        .service("auth")
        .verify(
            postRequestedFor(urlEqualTo("/api/v1/user/login"))
                .withHeader("X-Real-IP", matching("127\\.0\\.0\\.1|::1")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"auth", "catalog", "chat", "image", "song"})
  void eachServicesOpenApiDocumentIsPublicUnderItsName(String service) {
    HttpResponse<String> response = client.get("/api/v1/" + service + "/openapi?format=json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Upstream")).hasValue(service);
    services.service(service).verify(getRequestedFor(urlEqualTo("/q/openapi?format=json")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/api/v1/unknown", "/api/v2/sketches", "/api/v1/sketchesX", "/api/"})
  void unknownApiPathsAreProblem404sAndReachNoService(String path) {
    HttpResponse<String> response = client.getWithToken(path, token);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("\"status\":404");
    FakeServices.NAMES.forEach(name -> services.service(name).verify(0, anyRequestedFor(anyUrl())));
  }

  @Test
  void aServiceThatIsDownGivesAProblem502() throws IOException {
    String nobodyListening = "127.0.0.1:" + RunningGateway.freePort();
    try (RunningGateway withSongDown =
        RunningGateway.builder(services).upstream("song", nobodyListening).start()) {
      HttpResponse<String> response =
          new GatewayClient(withSongDown).getWithToken("/api/v1/song/list", token);

      assertThat(response.statusCode()).isEqualTo(502);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
      assertThat(response.body())
          .contains("\"status\":502", "not reachable")
          // Where the service lives is the deployment's business, not the client's.
          .doesNotContain(nobodyListening)
          .doesNotContain("127.0.0.1");
    }
  }

  @Test
  void errorAnswersOfTheServicesPassThroughUntouched() {
    services
        .service("catalog")
        .stubFor(
            get(urlPathEqualTo("/api/v1/sketches/missing"))
                .willReturn(
                    aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody(
                            "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Sketch not found\"}")));

    HttpResponse<String> response = client.getWithToken("/api/v1/sketches/missing", token);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("Sketch not found");
  }

  /**
   * A service's own 429 (a used-up daily budget) is not the gateway's rate limit: its problem, code
   * and Retry-After reach the client as the service sent them.
   */
  @Test
  void aServicesOwn429PassesThroughWithItsCodeAndRetryAfter() {
    String budgetProblem =
        "{\"title\":\"Too Many Requests\",\"status\":429,\"code\":\"daily_budget_exhausted\","
            + "\"limit\":50,\"used\":50,\"resets_at\":\"2026-12-04T00:00:00Z\"}";
    services
        .service("image")
        .stubFor(
            post(urlPathEqualTo("/api/v1/image/generate"))
                .willReturn(
                    aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/problem+json")
                        .withHeader("Retry-After", "3600")
                        .withBody(budgetProblem)));

    HttpResponse<String> response =
        client.send(
            client
                .request("/api/v1/image/generate")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"x\"}"))
                .build());

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After")).hasValue("3600");
    assertThat(response.body()).contains("daily_budget_exhausted", "\"used\":50");
    assertThat(response.body()).doesNotContain("rate_limited");
  }
}
