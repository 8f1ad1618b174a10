package dev.macai.chat.conversation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.macai.chat.conversation.rest.ConversationSupport.CONVERSATIONS;
import static dev.macai.chat.conversation.rest.ConversationSupport.create;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.macai.chat.support.PostgresResource;
import dev.macai.chat.support.ProviderSimulator;
import dev.macai.chat.support.SseEvents;
import dev.macai.platform.sse.SseStreams;
import dev.macai.testkit.simulator.InjectSimulator;
import dev.macai.testkit.tokens.TestTokens;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kit's per-user stream cap and token expiry on chat's two streams: a conversation reply and a
 * streamed template run count against the same SSE_MAX_STREAMS_PER_USER (6).
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class StreamLimitsTest {

  static final String SLOW = "slow-stream";
  static final String GENERATE = "/api/v1/ollama/chat/generate-unified";

  @InjectSimulator WireMockServer simulator;
  @Inject SseStreams streams;

  @TestHTTPResource("/")
  URI root;

  final ObjectMapper json = new ObjectMapper();

  /** A model that answers a line every 300 ms for 30 s: inside the 500 ms idle limit of tests. */
  @BeforeEach
  void slowModel() {
    StringBuilder body = new StringBuilder();
    String piece =
        "{\"model\":\"" + SLOW + "\",\"message\":{\"role\":\"assistant\",\"content\":\"la \"},";
    for (int i = 0; i < 100; i++) {
      body.append(piece).append("\"done\":false}\n");
    }
    body.append(
        "{\"model\":\""
            + SLOW
            + "\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,"
            + "\"prompt_eval_count\":5,\"eval_count\":100}\n");
    simulator.stubFor(
        post(urlEqualTo("/api/chat"))
            .atPriority(1)
            .withRequestBody(matchingJsonPath("$[?(@.model == '" + SLOW + "')]"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/x-ndjson")
                    .withBody(body.toString())
                    .withChunkedDribbleDelay(100, 30_000)));
  }

  /** A reply streaming on a plain socket: closing it is certainly a client that left. */
  Socket streamOnSocket(String token, String path, String jsonBody) throws IOException {
    Socket socket = new Socket(root.getHost(), root.getPort());
    byte[] body = jsonBody.getBytes(StandardCharsets.UTF_8);
    OutputStream out = socket.getOutputStream();
    out.write(
        ("POST "
                + path
                + " HTTP/1.1\r\nHost: "
                + root.getHost()
                + ":"
                + root.getPort()
                + "\r\nAuthorization: Bearer "
                + token
                + "\r\nAccept: text/event-stream\r\nContent-Type: application/json"
                + "\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
    return socket;
  }

  static String templateRun(String action) {
    return "{\"category\":\"limits\",\"action\":\""
        + action
        + "\",\"input_text\":\"hello\",\"stream\":true}";
  }

  static void templateOnSlowModel(String action) {
    Map<String, Object> template = new HashMap<>();
    template.put("category", "limits");
    template.put("action", action);
    template.put("pre_condition", "Say something:");
    template.put("model", SLOW);
    template.put("temperature", 0.5);
    template.put("max_tokens", 50);
    Users.asAdmin(Users.ADA).body(template).post("/api/v1/prompts").then().statusCode(201);
  }

  @Test
  void theSeventhStreamIsRefusedWith429AndAStreamThatEndsFreesItsSlot() throws Exception {
    UUID me = UUID.randomUUID();
    String token = TestTokens.valid(me, "user");
    String id = create(me, "Slow", SLOW);
    String action = "cap-" + UUID.randomUUID();
    templateOnSlowModel(action);
    List<Socket> open = new ArrayList<>();
    try {
      for (int i = 0; i < 5; i++) {
        open.add(
            streamOnSocket(
                token,
                CONVERSATIONS + "/" + create(me, "Slow " + i, SLOW) + "/messages/stream",
                "{\"content\":\"sing\"}"));
      }
      open.add(streamOnSocket(token, GENERATE, templateRun(action)));
      await().atMost(Duration.ofSeconds(20)).until(() -> streams.openStreams(me) == 6);

      given()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .accept("text/event-stream")
          .body(Map.of("content", "one more"))
          .post(CONVERSATIONS + "/" + id + "/messages/stream")
          .then()
          .statusCode(429)
          .contentType("application/problem+json")
          .body("code", equalTo("too_many_streams"));
      given()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .body(templateRun(action))
          .post(GENERATE)
          .then()
          .statusCode(429)
          .body("code", equalTo("too_many_streams"));

      // A client that leaves frees its slot (seen at the next piece, 300 ms later at most).
      open.remove(0).close();
      await().atMost(Duration.ofSeconds(20)).until(() -> streams.openStreams(me) == 5);
      open.add(
          streamOnSocket(
              token, CONVERSATIONS + "/" + id + "/messages/stream", "{\"content\":\"sing\"}"));
      await().atMost(Duration.ofSeconds(20)).until(() -> streams.openStreams(me) == 6);
    } finally {
      for (Socket socket : open) {
        socket.close();
      }
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> streams.openStreams(me) == 0);
  }

  @Test
  void aConversationStreamEndsWithTokenExpiredWhenTheTokenDoes() throws Exception {
    UUID me = UUID.randomUUID();
    String id = create(me, "Slow", SLOW);
    // exp has whole seconds: this token expires 2 to 3 seconds from now.
    String token = TestTokens.expiringAt(me, Instant.now().plusSeconds(3));
    long start = System.nanoTime();

    String body =
        given()
            .auth()
            .oauth2(token)
            .contentType(ContentType.JSON)
            .accept("text/event-stream")
            .body(Map.of("content", "sing"))
            .post(CONVERSATIONS + "/" + id + "/messages/stream")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).isBetween(Duration.ofMillis(1500), Duration.ofSeconds(15));
    List<String[]> events = SseEvents.parse(body);
    assertThat(events).extracting(e -> e[0]).contains("token").doesNotContain("done");
    String[] last = events.get(events.size() - 1);
    assertThat(last[0]).isEqualTo("error");
    JsonNode problem = json.readTree(last[1]);
    assertThat(problem.get("status").asInt()).isEqualTo(401);
    assertThat(problem.get("code").asText()).isEqualTo("token_expired");
    await().atMost(Duration.ofSeconds(10)).until(() -> streams.openStreams(me) == 0);
    // The producer stopped: the reply so far is kept as incomplete.
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                Users.as(me)
                    .get(CONVERSATIONS + "/" + id)
                    .then()
                    .body("messages.items[1].status", equalTo("incomplete")));
  }

  @Test
  void aStreamedTemplateRunEndsWithTokenExpiredWhenTheTokenDoes() throws Exception {
    UUID me = UUID.randomUUID();
    String action = "expiry-" + UUID.randomUUID();
    templateOnSlowModel(action);
    String token = TestTokens.expiringAt(me, Instant.now().plusSeconds(3));
    long start = System.nanoTime();

    String body =
        given()
            .auth()
            .oauth2(token)
            .contentType(ContentType.JSON)
            .body(templateRun(action))
            .post(GENERATE)
            .then()
            .statusCode(200)
            .extract()
            .asString();

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isBetween(Duration.ofMillis(1500), Duration.ofSeconds(15));
    List<String[]> events = SseEvents.parse(body);
    String[] last = events.get(events.size() - 1);
    assertThat(last[0]).isEqualTo("error");
    assertThat(json.readTree(last[1]).get("code").asText()).isEqualTo("token_expired");
    await().atMost(Duration.ofSeconds(10)).until(() -> streams.openStreams(me) == 0);
  }
}
