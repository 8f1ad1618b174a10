package dev.macai.chat.ollama.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.macai.chat.ollama.rest.GenerateUnifiedTest.GENERATE;
import static dev.macai.chat.ollama.rest.GenerateUnifiedTest.run;
import static dev.macai.chat.ollama.rest.GenerateUnifiedTest.templateOnModel;
import static dev.macai.testkit.tokens.Users.EVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.macai.chat.support.PostgresResource;
import dev.macai.chat.support.ProviderSimulator;
import dev.macai.chat.support.SseEvents;
import dev.macai.chat.support.TemplateTable;
import dev.macai.testkit.simulator.InjectSimulator;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** generate-unified with {@code stream: true}: Server-Sent Events from Ollama's streamed chat. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class GenerateUnifiedStreamTest {

  @InjectSimulator WireMockServer simulator;
  @Inject TemplateTable table;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void freshInstall() {
    table.reseed();
    simulator.resetRequests();
  }

  static Map<String, Object> streamed(String category, String action, String input) {
    Map<String, Object> body = run(category, action, input);
    body.put("stream", true);
    return body;
  }

  JsonNode onlyChatRequest() throws Exception {
    List<LoggedRequest> sent = simulator.findAll(postRequestedFor(urlEqualTo("/api/chat")));
    assertThat(sent).hasSize(1);
    return json.readTree(sent.get(0).getBodyAsString());
  }

  @Test
  void streamsTokensThenTheSameAnswerAsWithoutStreaming() throws Exception {
    Response response =
        Users.as(EVE).body(streamed("images", "enhance", "a synthesizer at night")).post(GENERATE);
    response.then().statusCode(200).contentType(containsString("text/event-stream"));
    List<String[]> events = SseEvents.parse(response.asString());
    List<String> tokens = events.stream().filter(e -> e[0].equals("token")).map(e -> e[1]).toList();
    assertThat(tokens).hasSize(8).element(1).isEqualTo(" good");
    String[] last = events.get(events.size() - 1);
    assertThat(last[0]).isEqualTo("done");
    JsonNode done = json.readTree(last[1]);
    assertThat(done.get("response").asText()).isEqualTo(String.join("", tokens).strip());
    assertThat(done.get("prompt_tokens").asInt()).isEqualTo(214);
    assertThat(done.get("completion_tokens").asInt()).isEqualTo(8);

    JsonNode sent = onlyChatRequest();
    assertThat(sent.get("stream").asBoolean()).isTrue();
    assertThat(sent.at("/messages/0/role").asText()).isEqualTo("user");
    assertThat(sent.at("/messages/0/content").asText()).contains("a synthesizer at night");
    assertThat(sent.at("/options/num_ctx").asInt()).isEqualTo(2048);
  }

  @Test
  void anUnknownTemplateIsAnOrdinaryNotFound() {
    Users.as(EVE)
        .body(streamed("images", "nope", "x"))
        .post(GENERATE)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    assertThat(simulator.findAll(postRequestedFor(urlEqualTo("/api/chat")))).isEmpty();
  }

  @Test
  void aRefusalBeforeTheFirstPieceIsAnOrdinaryProblemWithRetryAfter() {
    templateOnModel("busy-stream", "fault-429");
    Users.as(EVE)
        .body(streamed("faults", "busy-stream", "hello"))
        .post(GENERATE)
        .then()
        .statusCode(503)
        .header("Retry-After", "1")
        .contentType("application/problem+json")
        .body("detail", containsString("Ollama is busy"));
  }

  @Test
  void aStreamThatStallsEndsWithAGatewayTimeoutEvent() throws Exception {
    templateOnModel("stall", "fault-stall");
    Response response = Users.as(EVE).body(streamed("faults", "stall", "hello")).post(GENERATE);
    response.then().statusCode(200);
    List<String[]> events = SseEvents.parse(response.asString());
    assertThat(events).extracting(e -> e[0]).containsExactly("token", "error");
    assertThat(events.get(0)[1]).isEqualTo("Half");
    JsonNode problem = json.readTree(events.get(1)[1]);
    assertThat(problem.get("status").asInt()).isEqualTo(504);
    assertThat(problem.get("detail").asText()).contains("Ollama stopped sending for 500 ms");
  }

  @Test
  void aLongContextGetsAWindowLargeEnoughForIt() throws Exception {
    Map<String, Object> body = run("lyrics", "improve-section", "my heart is a drum");
    body.put("context", "la ".repeat(10_000));
    Users.as(EVE)
        .body(body)
        .post(GENERATE)
        .then()
        .statusCode(200)
        .body("model", equalTo("llama3.2:3b"));
    JsonNode sent =
        json.readTree(
            simulator
                .findAll(postRequestedFor(urlEqualTo("/api/generate")))
                .get(0)
                .getBodyAsString());
    // 30,000 characters ≈ 10,000 tokens plus the answer: the next power of two is 16,384.
    assertThat(sent.at("/options/num_ctx").asInt()).isEqualTo(16384);
  }
}
