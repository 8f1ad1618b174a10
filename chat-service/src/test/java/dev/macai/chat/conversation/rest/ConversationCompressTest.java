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
import dev.macai.chat.support.PostgresResource;
import dev.macai.chat.support.ProviderSimulator;
import dev.macai.testkit.simulator.InjectSimulator;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class ConversationCompressTest {

  @InjectSimulator WireMockServer simulator;
  final ObjectMapper json = new ObjectMapper();
  final UUID me = UUID.randomUUID();

  String conversationWith(int questions, String model) {
    Map<String, Object> body = draft("Long talk", model);
    body.put("system_context", "You are a songwriting coach.");
    String id = create(me, body);
    for (int i = 1; i <= questions; i++) {
      send(me, id, "question " + i);
    }
    return id;
  }

  JsonNode messages(String id) throws Exception {
    String body =
        Users.as(me)
            .queryParam("limit", 200)
            .get(CONVERSATIONS + "/" + id)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return json.readTree(body).get("messages");
  }

  @Test
  void compressThenRestoreLeavesTheConversationExactlyAsBefore() throws Exception {
    String id = conversationWith(6, "llama3.2:3b");
    JsonNode before = messages(id);
    assertThat(before.get("total").asInt()).isEqualTo(12);
    simulator.resetRequests();

    Users.as(me)
        .body(Map.of("keep_last", 4))
        .post(CONVERSATIONS + "/" + id + "/compress")
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("context.window", equalTo(131072));

    // The summary request: the chat/compress template around the eight oldest messages.
    String sent =
        simulator.findAll(postRequestedFor(urlEqualTo("/api/chat"))).get(0).getBodyAsString();
    JsonNode prompt = json.readTree(sent);
    String text = prompt.at("/messages/0/content").asText();
    assertThat(text)
        .startsWith("Summarise the conversation excerpt below")
        .contains("User: question 1")
        .contains("User: question 4")
        .doesNotContain("question 5")
        .endsWith("Answer with the summary only: no preamble, no heading, no closing remark.");
    assertThat(prompt.get("model").asText()).isEqualTo("llama3.2:3b");

    JsonNode compressed = messages(id);
    assertThat(compressed.get("total").asInt()).isEqualTo(5);
    JsonNode summary = compressed.get("items").get(0);
    assertThat(summary.get("role").asText()).isEqualTo("system");
    assertThat(summary.get("summary").asBoolean()).isTrue();
    assertThat(summary.get("content").asText()).startsWith("A good chorus");
    assertThat(compressed.at("/items/1/content").asText()).isEqualTo("question 5");

    // The next prompt carries the summary in place of the archived messages.
    simulator.resetRequests();
    send(me, id, "question 7");
    JsonNode next =
        json.readTree(
            simulator.findAll(postRequestedFor(urlEqualTo("/api/chat"))).get(0).getBodyAsString());
    assertThat(next.get("messages")).hasSize(1 + 1 + 4 + 1);
    assertThat(next.at("/messages/1/role").asText()).isEqualTo("system");
    List<String> afterSend =
        Users.as(me)
            .queryParam("limit", 200)
            .get(CONVERSATIONS + "/" + id)
            .then()
            .extract()
            .path("messages.items.id");
    // Take the new exchange out again to compare with the state before compression.
    Users.as(me).post(CONVERSATIONS + "/" + id + "/restore-archive").then().statusCode(200);
    JsonNode restored = messages(id);
    assertThat(restored.get("total").asInt()).isEqualTo(14);
    assertThat(restored.get("items").get(12).get("id").asText()).isEqualTo(afterSend.get(5));
    JsonNode firstTwelve =
        json.createArrayNode()
            .addAll(
                java.util.stream.StreamSupport.stream(restored.get("items").spliterator(), false)
                    .limit(12)
                    .toList());
    assertThat(firstTwelve).isEqualTo(before.get("items"));

    Users.as(me).post(CONVERSATIONS + "/" + id + "/restore-archive").then().statusCode(409);
  }

  int meter(String id) {
    return Users.as(me).get(CONVERSATIONS + "/" + id).then().extract().path("current_token_count");
  }

  @Test
  void aRoundTripWithoutNewMessagesRestoresEveryMessageUnchanged() throws Exception {
    String id = conversationWith(3, "llama3.2:3b");
    JsonNode before = messages(id);
    int meterBefore = meter(id);
    Users.as(me).body(Map.of()).post(CONVERSATIONS + "/" + id + "/compress").then().statusCode(409);
    Users.as(me)
        .body(Map.of("keep_last", 0))
        .post(CONVERSATIONS + "/" + id + "/compress")
        .then()
        .statusCode(200);
    assertThat(messages(id).get("total").asInt()).isEqualTo(1);
    // Only the summary's tokens count now.
    assertThat(meter(id)).isLessThan(meterBefore);
    Users.as(me).post(CONVERSATIONS + "/" + id + "/restore-archive").then().statusCode(200);
    assertThat(messages(id)).isEqualTo(before);
    assertThat(meter(id)).isEqualTo(meterBefore);
  }

  @Test
  void aFailingProviderChangesNothing() throws Exception {
    String id = conversationWith(3, "llama3.2:3b");
    JsonNode before = messages(id);
    Users.as(me)
        .body(Map.of("model", "fault-500"))
        .patch(CONVERSATIONS + "/" + id)
        .then()
        .statusCode(200);
    Users.as(me)
        .body(Map.of("keep_last", 2))
        .post(CONVERSATIONS + "/" + id + "/compress")
        .then()
        .statusCode(502)
        .body("detail", containsString("llama runner"));
    assertThat(messages(id)).isEqualTo(before);
  }

  @Test
  void refusesABadKeepLast() {
    String id = conversationWith(0, "llama3.2:3b");
    Users.as(me)
        .body(Map.of("keep_last", -1))
        .post(CONVERSATIONS + "/" + id + "/compress")
        .then()
        .statusCode(400)
        .body("errors.field", contains("keep_last"));
  }

  @Test
  void exportsJsonAndMarkdownWithArchivedMessages() throws Exception {
    String id = conversationWith(3, "llama3.2:3b");
    Users.as(me)
        .body(Map.of("keep_last", 2))
        .post(CONVERSATIONS + "/" + id + "/compress")
        .then()
        .statusCode(200);

    Response exported = Users.as(me).get(CONVERSATIONS + "/" + id + "/export?format=json");
    exported
        .then()
        .statusCode(200)
        .contentType(containsString("application/json"))
        .header(
            "Content-Disposition",
            equalTo("attachment; filename=\"conversation-" + id + ".json\""));
    JsonNode export = json.readTree(exported.asString());
    assertThat(export.get("title").asText()).isEqualTo("Long talk");
    JsonNode all = export.get("messages");
    assertThat(all).hasSize(7);
    assertThat(all.get(0).get("content").asText()).isEqualTo("question 1");
    assertThat(all.get(0).get("archived").asBoolean()).isTrue();
    assertThat(all.get(4).get("summary").asBoolean()).isTrue();
    assertThat(all.get(5).get("content").asText()).isEqualTo("question 3");
    assertThat(all.get(5).get("archived").asBoolean()).isFalse();
    // json is the default
    Users.as(me)
        .get(CONVERSATIONS + "/" + id + "/export")
        .then()
        .statusCode(200)
        .body("messages.size()", equalTo(7));

    Response markdown = Users.as(me).get(CONVERSATIONS + "/" + id + "/export?format=markdown");
    markdown
        .then()
        .statusCode(200)
        .contentType(containsString("text/markdown"))
        .header(
            "Content-Disposition", equalTo("attachment; filename=\"conversation-" + id + ".md\""));
    String md = markdown.asString();
    assertThat(md)
        .startsWith("# Long talk\n")
        .contains("- Provider: ollama\n- Model: llama3.2:3b\n")
        .contains("## System context\n\nYou are a songwriting coach.\n")
        .containsPattern(
            "## User \\(archived\\) — \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\n\nquestion 1\n")
        .contains("## System (summary) — ")
        .containsPattern("## User — [^\n]+\n\nquestion 3\n")
        .containsSubsequence("question 1", "question 2", "(summary)", "question 3");

    Users.as(me)
        .get(CONVERSATIONS + "/" + id + "/export?format=pdf")
        .then()
        .statusCode(400)
        .body("errors.field", contains("format"));
  }
}
