package dev.macai.chat.conversation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.macai.chat.conversation.rest.ConversationSupport.CONVERSATIONS;
import static dev.macai.chat.conversation.rest.ConversationSupport.create;
import static dev.macai.chat.conversation.rest.ConversationSupport.draft;
import static dev.macai.chat.conversation.rest.ConversationSupport.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.macai.chat.support.PostgresResource;
import dev.macai.chat.support.ProviderSimulator;
import dev.macai.chat.support.SseEvents;
import dev.macai.testkit.simulator.InjectSimulator;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class ConversationMessagesTest {

  static final String REPLY =
      "A good chorus repeats one strong image. Try opening with the line you most want people to"
          + " sing back, then answer it in the second half.";

  @InjectSimulator WireMockServer simulator;
  final ObjectMapper json = new ObjectMapper();
  final UUID me = UUID.randomUUID();

  @BeforeEach
  void forget() {
    simulator.resetRequests();
  }

  List<JsonNode> chatRequests() throws Exception {
    List<JsonNode> bodies = new ArrayList<>();
    for (LoggedRequest request : simulator.findAll(postRequestedFor(urlEqualTo("/api/chat")))) {
      bodies.add(json.readTree(request.getBodyAsString()));
    }
    return bodies;
  }

  String coach() {
    Map<String, Object> body = draft("Coach", "llama3.2:3b");
    body.put("system_context", "You are a songwriting coach.");
    return create(me, body);
  }

  @Test
  void sendsTheHistoryWithTheWindowAndStoresBothMessages() throws Exception {
    String id = coach();
    send(me, id, "How do I write a chorus?");
    simulator.resetRequests();
    Users.as(me)
        .body(Map.of("content", "And the verse?"))
        .post(CONVERSATIONS + "/" + id + "/messages")
        .then()
        .statusCode(200)
        .body("user_message.role", equalTo("user"))
        .body("user_message.content", equalTo("And the verse?"))
        .body("user_message.status", equalTo("complete"))
        .body("assistant_message.role", equalTo("assistant"))
        .body("assistant_message.content", equalTo(REPLY))
        .body("assistant_message.token_count", equalTo(33))
        .body("assistant_message.status", equalTo("complete"))
        // System 7 + question 6 + reply 33 + question 4 + reply 33 (replies: Ollama's eval_count;
        // questions and system context: 4 characters a token, rounded up) of 131072.
        .body("context.used_tokens", equalTo(83))
        .body("context.window", equalTo(131072))
        .body("context.ratio", equalTo(0.0006f))
        .body("context.needs_compression", equalTo(false));

    JsonNode sent = chatRequests().get(0);
    assertThat(sent.get("model").asText()).isEqualTo("llama3.2:3b");
    assertThat(sent.get("stream").asBoolean()).isFalse();
    assertThat(sent.at("/options/num_ctx").asInt()).isEqualTo(131072);
    List<String> roles = new ArrayList<>();
    sent.get("messages").forEach(m -> roles.add(m.get("role").asText()));
    assertThat(roles).containsExactly("system", "user", "assistant", "user");
    assertThat(sent.at("/messages/0/content").asText()).isEqualTo("You are a songwriting coach.");
    assertThat(sent.at("/messages/3/content").asText()).isEqualTo("And the verse?");

    Users.as(me)
        .get(CONVERSATIONS + "/" + id)
        .then()
        .body("current_token_count", equalTo(83))
        .body("messages.total", equalTo(4))
        .body("messages.items.role", contains("user", "assistant", "user", "assistant"));
  }

  @Test
  void sendsOnlyTheNewestHistoryThatFitsTheWindow() throws Exception {
    Map<String, Object> body = draft("Tiny", "llama3.2:3b");
    body.put("context_window_size", 256);
    String id = create(me, body);
    // 256 → reserve 64 → 192 tokens for the prompt; each question is ~100 tokens.
    send(me, id, "a".repeat(400));
    simulator.resetRequests();
    send(me, id, "b".repeat(400));
    JsonNode sent = chatRequests().get(0);
    assertThat(sent.get("messages")).hasSize(2);
    assertThat(sent.at("/messages/0/content").asText()).isEqualTo(REPLY);
    assertThat(sent.at("/messages/1/content").asText()).startsWith("bbbb");
    assertThat(sent.at("/options/num_ctx").asInt()).isEqualTo(256);
  }

  @ParameterizedTest
  @CsvSource({
    "fault-500, 502, llama runner process has terminated",
    "fault-slow, 504, did not answer within",
    "fault-429, 503, server busy",
    "fault-garbage, 502, malformed JSON",
    "fault-404, 502, not found, try pulling it first"
  })
  void aFailingProviderLeavesTheQuestionMarkedFailedAndNoReply(
      String model, int status, String detail) {
    String id = create(me, "Faulty", model);
    Response response =
        Users.as(me)
            .body(Map.of("content", "Still there?"))
            .post(CONVERSATIONS + "/" + id + "/messages");
    response
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("detail", containsString(detail));
    if (status == 503) {
      response.then().header("Retry-After", "1");
    }
    Users.as(me)
        .get(CONVERSATIONS + "/" + id)
        .then()
        .body("messages.total", equalTo(1))
        .body("messages.items[0].role", equalTo("user"))
        .body("messages.items[0].content", equalTo("Still there?"))
        .body("messages.items[0].status", equalTo("failed"));
  }

  @Test
  void aFailedQuestionIsLeftOutOfTheNextPrompt() throws Exception {
    String id = create(me, "Retry", "fault-500");
    Users.as(me)
        .body(Map.of("content", "lost"))
        .post(CONVERSATIONS + "/" + id + "/messages")
        .then()
        .statusCode(502);
    Users.as(me)
        .body(Map.of("model", "llama3.2:3b"))
        .patch(CONVERSATIONS + "/" + id)
        .then()
        .statusCode(200);
    simulator.resetRequests();
    send(me, id, "again");
    JsonNode sent = chatRequests().get(0);
    assertThat(sent.get("messages")).hasSize(1);
    assertThat(sent.at("/messages/0/content").asText()).isEqualTo("again");
  }

  @Test
  void refusesAnEmptyMessage() {
    String id = coach();
    Users.as(me)
        .body(Map.of("content", " "))
        .post(CONVERSATIONS + "/" + id + "/messages")
        .then()
        .statusCode(400)
        .body("errors.field", contains("content"));
    Users.as(me)
        .body(Map.of())
        .post(CONVERSATIONS + "/" + id + "/messages/stream")
        .then()
        .statusCode(400)
        .body("errors.field", contains("content"));
  }

  /** The events of an SSE body, parsed as the specification says (one space after the colon). */
  @Test
  void streamsTheReplyTokenByTokenAndStoresIt() throws Exception {
    String id = coach();
    Response response =
        Users.as(me)
            .accept("text/event-stream")
            .body(Map.of("content", "A chorus, please"))
            .post(CONVERSATIONS + "/" + id + "/messages/stream");
    response.then().statusCode(200).contentType(containsString("text/event-stream"));
    List<String[]> events = SseEvents.parse(response.asString());
    List<String> tokens = events.stream().filter(e -> e[0].equals("token")).map(e -> e[1]).toList();
    assertThat(tokens).hasSize(8);
    assertThat(tokens.get(1)).isEqualTo(" good");
    String[] last = events.get(events.size() - 1);
    assertThat(last[0]).isEqualTo("done");
    JsonNode done = json.readTree(last[1]);
    assertThat(done.at("/context/window").asInt()).isEqualTo(131072);
    assertThat(done.at("/context/needs_compression").asBoolean()).isFalse();

    JsonNode sent = chatRequests().get(0);
    assertThat(sent.get("stream").asBoolean()).isTrue();
    assertThat(sent.at("/options/num_ctx").asInt()).isEqualTo(131072);

    String reply = String.join("", tokens);
    Users.as(me)
        .get(CONVERSATIONS + "/" + id)
        .then()
        .body(
            "messages.items.id",
            contains(
                done.get("user_message_id").asText(), done.get("assistant_message_id").asText()))
        .body("messages.items[1].content", equalTo(reply))
        .body("messages.items[1].status", equalTo("complete"))
        .body("messages.items[1].token_count", equalTo(8))
        .body("current_token_count", equalTo(done.at("/context/used_tokens").asInt()));
  }

  @Test
  void aFailingStreamEndsWithAnErrorEventAndAFailedQuestion() throws Exception {
    String id = create(me, "Faulty", "fault-500");
    Response response =
        Users.as(me)
            .accept("text/event-stream")
            .body(Map.of("content", "hello?"))
            .post(CONVERSATIONS + "/" + id + "/messages/stream");
    List<String[]> events = SseEvents.parse(response.asString());
    assertThat(events).hasSize(1);
    assertThat(events.get(0)[0]).isEqualTo("error");
    JsonNode problem = json.readTree(events.get(0)[1]);
    assertThat(problem.get("status").asInt()).isEqualTo(502);
    assertThat(problem.get("detail").asText()).contains("llama runner process has terminated");
    Users.as(me)
        .get(CONVERSATIONS + "/" + id)
        .then()
        .body("messages.total", equalTo(1))
        .body("messages.items[0].status", equalTo("failed"));
  }

  @Test
  void regeneratesOnlyTheLastReply() throws Exception {
    String id = coach();
    send(me, id, "one");
    send(me, id, "two");
    List<String> ids =
        Users.as(me).get(CONVERSATIONS + "/" + id).then().extract().path("messages.items.id");
    String firstReply = ids.get(1);
    String lastReply = ids.get(3);
    simulator.resetRequests();
    Users.as(me)
        .post(CONVERSATIONS + "/" + id + "/messages/" + lastReply + "/regenerate")
        .then()
        .statusCode(200)
        .body("assistant_message.id", equalTo(lastReply))
        .body("assistant_message.content", equalTo(REPLY))
        // System 7 + "one" 1 + reply 33 + "two" 1 + the new reply 33.
        .body("context.used_tokens", equalTo(75));
    JsonNode sent = chatRequests().get(0);
    // Everything before the reply, the reply itself left out.
    assertThat(sent.get("messages")).hasSize(4);
    assertThat(sent.at("/messages/3/content").asText()).isEqualTo("two");
    Users.as(me).get(CONVERSATIONS + "/" + id).then().body("messages.total", equalTo(4));

    Users.as(me)
        .post(CONVERSATIONS + "/" + id + "/messages/" + firstReply + "/regenerate")
        .then()
        .statusCode(409);
    Users.as(me)
        .post(CONVERSATIONS + "/" + id + "/messages/" + ids.get(2) + "/regenerate")
        .then()
        .statusCode(409);
    Users.as(me)
        .post(CONVERSATIONS + "/" + id + "/messages/" + UUID.randomUUID() + "/regenerate")
        .then()
        .statusCode(404);
  }

  @Test
  void aFailedRegenerationKeepsTheReplyAsItWas() {
    String id = coach();
    send(me, id, "one");
    List<String> ids =
        Users.as(me).get(CONVERSATIONS + "/" + id).then().extract().path("messages.items.id");
    Users.as(me)
        .body(Map.of("model", "fault-429"))
        .patch(CONVERSATIONS + "/" + id)
        .then()
        .statusCode(200);
    Users.as(me)
        .post(CONVERSATIONS + "/" + id + "/messages/" + ids.get(1) + "/regenerate")
        .then()
        .statusCode(503)
        .header("Retry-After", "1");
    Users.as(me)
        .get(CONVERSATIONS + "/" + id)
        .then()
        .body("messages.total", equalTo(2))
        .body("messages.items[1].content", equalTo(REPLY))
        .body("messages.items[1].status", equalTo("complete"));
  }
}
