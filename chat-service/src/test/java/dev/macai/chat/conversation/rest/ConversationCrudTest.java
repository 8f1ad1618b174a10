package dev.macai.chat.conversation.rest;

import static dev.macai.chat.conversation.rest.ConversationSupport.CONVERSATIONS;
import static dev.macai.chat.conversation.rest.ConversationSupport.create;
import static dev.macai.chat.conversation.rest.ConversationSupport.draft;
import static dev.macai.chat.conversation.rest.ConversationSupport.send;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.macai.chat.support.PostgresResource;
import dev.macai.chat.support.ProviderSimulator;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class ConversationCrudTest {

  final UUID me = UUID.randomUUID();
  final UUID other = UUID.randomUUID();

  @Test
  void createsWithTheModelsRealWindow() {
    Map<String, Object> body = draft("  Chorus ideas ", "llama3.2:3b");
    body.put("system_context", "You are a songwriting coach.");
    body.put("tags", List.of("songs", "draft"));
    Users.as(me)
        .body(body)
        .post(CONVERSATIONS)
        .then()
        .statusCode(201)
        .body("title", equalTo("Chorus ideas"))
        .body("provider", equalTo("ollama"))
        .body("model", equalTo("llama3.2:3b"))
        .body("system_context", equalTo("You are a songwriting coach."))
        .body("context_window_size", equalTo(131072))
        .body("archived", equalTo(false))
        .body("pinned", equalTo(false))
        .body("tags", contains("songs", "draft"))
        .body("context.window", equalTo(131072))
        .body("context.needs_compression", equalTo(false));
  }

  /** Ollama would try to allocate what it is told (num_ctx), far beyond what the model reads. */
  @Test
  void anExplicitWindowIsClampedToTheModelsRealOne() {
    Map<String, Object> body = draft("Huge", "qwen2.5:7b");
    body.put("context_window_size", 2_000_000);
    Users.as(me)
        .body(body)
        .post(CONVERSATIONS)
        .then()
        .statusCode(201)
        .body("context_window_size", equalTo(32768));
  }

  @Test
  void anExplicitWindowWinsAndAnUnknownModelFallsBack() {
    Map<String, Object> body = draft("Small", "qwen2.5:7b");
    body.put("context_window_size", 2048);
    Users.as(me)
        .body(body)
        .post(CONVERSATIONS)
        .then()
        .statusCode(201)
        .body("context_window_size", equalTo(2048));
    Users.as(me)
        .body(draft("Unknown", "no-such-model"))
        .post(CONVERSATIONS)
        .then()
        .statusCode(201)
        .body("context_window_size", equalTo(8192));
  }

  @Test
  void openAiConversationsUseOnlyAllowedModels() {
    Map<String, Object> allowed = draft("GPT", "gpt-4o-mini");
    allowed.put("provider", "openai");
    String id =
        Users.as(me)
            .body(allowed)
            .post(CONVERSATIONS)
            .then()
            .statusCode(201)
            .body("context_window_size", equalTo(128000))
            .extract()
            .path("id");
    Users.as(me)
        .body(Map.of("model", "gpt-99"))
        .patch(CONVERSATIONS + "/" + id)
        .then()
        .statusCode(400)
        .body("errors.field", contains("model"));
    Map<String, Object> other = draft("GPT", "gpt-99");
    other.put("provider", "openai");
    Users.as(me)
        .body(other)
        .post(CONVERSATIONS)
        .then()
        .statusCode(400)
        .body("errors.field", contains("model"));
  }

  @Test
  void refusesBadFieldsListingEachOne() {
    Map<String, Object> body = new HashMap<>();
    body.put("title", " ");
    body.put("provider", "claude");
    body.put("model", "x".repeat(101));
    body.put("context_window_size", 10);
    body.put("tags", List.of(""));
    Users.as(me)
        .body(body)
        .post(CONVERSATIONS)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            containsInAnyOrder("title", "provider", "model", "context_window_size", "tags[0]"));
    Users.as(me)
        .body(Map.of())
        .post(CONVERSATIONS)
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("title", "provider", "model"));
  }

  @Test
  void refusesBadListParameters() {
    Users.as(me)
        .queryParam("limit", 0)
        .queryParam("offset", -1)
        .queryParam("sort", "size")
        .queryParam("order", "up")
        .queryParam("provider", "x")
        .get(CONVERSATIONS)
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("limit", "offset", "sort", "order", "provider"));
  }

  @Test
  void everyEndpointNeedsAToken() {
    String id = create(me, "Mine", "llama3.2:3b");
    String path = CONVERSATIONS + "/" + id;
    Users.anonymous().get(CONVERSATIONS).then().statusCode(401);
    Users.anonymous().body(draft("x", "y")).post(CONVERSATIONS).then().statusCode(401);
    Users.anonymous().get(path).then().statusCode(401);
    Users.anonymous().body(Map.of("title", "x")).patch(path).then().statusCode(401);
    Users.anonymous().delete(path).then().statusCode(401);
    Users.anonymous().body(Map.of("content", "x")).post(path + "/messages").then().statusCode(401);
    Users.anonymous()
        .body(Map.of("content", "x"))
        .post(path + "/messages/stream")
        .then()
        .statusCode(401);
    Users.anonymous()
        .post(path + "/messages/" + UUID.randomUUID() + "/regenerate")
        .then()
        .statusCode(401);
    Users.anonymous().body(Map.of()).post(path + "/compress").then().statusCode(401);
    Users.anonymous().post(path + "/restore-archive").then().statusCode(401);
    Users.anonymous().get(path + "/export").then().statusCode(401);
  }

  @Test
  void anotherUsersConversationIsNotFound() {
    String id = create(me, "Mine", "llama3.2:3b");
    send(me, id, "hello");
    String path = CONVERSATIONS + "/" + id;
    Users.as(other).get(path).then().statusCode(404).contentType("application/problem+json");
    Users.as(other).body(Map.of("title", "taken")).patch(path).then().statusCode(404);
    Users.as(other).delete(path).then().statusCode(404);
    Users.as(other).body(Map.of("content", "x")).post(path + "/messages").then().statusCode(404);
    Users.as(other)
        .body(Map.of("content", "x"))
        .post(path + "/messages/stream")
        .then()
        .statusCode(404);
    Users.as(other)
        .post(path + "/messages/" + UUID.randomUUID() + "/regenerate")
        .then()
        .statusCode(404);
    Users.as(other).body(Map.of()).post(path + "/compress").then().statusCode(404);
    Users.as(other).post(path + "/restore-archive").then().statusCode(404);
    Users.as(other).get(path + "/export").then().statusCode(404);
    Users.as(other).get(CONVERSATIONS).then().statusCode(200).body("total", equalTo(0));
    // Still there, unchanged, for its owner.
    Users.as(me)
        .get(path)
        .then()
        .statusCode(200)
        .body("title", equalTo("Mine"))
        .body("messages.total", equalTo(2));
  }

  @Test
  void listsSearchesFiltersSortsAndPages() {
    String alpha = create(me, "Alpha chords", "llama3.2:3b");
    String beta = create(me, "Beta 100% mix", "llama3.2:3b");
    Map<String, Object> tagged = draft("Gamma", "gpt-4o-mini");
    tagged.put("tags", List.of("work"));
    String gamma = create(me, tagged);
    send(me, alpha, "What about a bridge in D minor?");
    Users.as(me)
        .body(Map.of("archived", true))
        .patch(CONVERSATIONS + "/" + beta)
        .then()
        .statusCode(200);

    // Most recently updated first: beta was archived last, alpha got a message before.
    Users.as(me)
        .get(CONVERSATIONS)
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("limit", equalTo(20))
        .body("offset", equalTo(0))
        .body("items.id", contains(beta, alpha, gamma));
    Users.as(me)
        .queryParam("sort", "title")
        .get(CONVERSATIONS)
        .then()
        .body("items.title", contains("Alpha chords", "Beta 100% mix", "Gamma"));
    Users.as(me)
        .queryParam("sort", "title")
        .queryParam("order", "desc")
        .get(CONVERSATIONS)
        .then()
        .body("items.title", contains("Gamma", "Beta 100% mix", "Alpha chords"));
    // q matches message text and titles, case-insensitively; % is a character, not a wildcard.
    Users.as(me)
        .queryParam("q", "d MINOR")
        .get(CONVERSATIONS)
        .then()
        .body("items.id", contains(alpha));
    Users.as(me).queryParam("q", "100%").get(CONVERSATIONS).then().body("items.id", contains(beta));
    Users.as(me).queryParam("q", "0%").get(CONVERSATIONS).then().body("items.id", contains(beta));
    Users.as(me).queryParam("q", "%").get(CONVERSATIONS).then().body("items.id", contains(beta));
    Users.as(me)
        .queryParam("archived", true)
        .get(CONVERSATIONS)
        .then()
        .body("items.id", contains(beta));
    Users.as(me).queryParam("archived", false).get(CONVERSATIONS).then().body("total", equalTo(2));
    Users.as(me)
        .queryParam("tag", "work")
        .get(CONVERSATIONS)
        .then()
        .body("items.id", contains(gamma));
    Users.as(me).queryParam("provider", "openai").get(CONVERSATIONS).then().body("items", empty());
    Users.as(me)
        .queryParam("limit", 1)
        .queryParam("offset", 1)
        .get(CONVERSATIONS)
        .then()
        .body("total", equalTo(3))
        .body("items.id", contains(alpha));
    // Pinned comes first whatever the order.
    Users.as(me)
        .body(Map.of("pinned", true))
        .patch(CONVERSATIONS + "/" + gamma)
        .then()
        .statusCode(200);
    Users.as(me)
        .queryParam("sort", "title")
        .get(CONVERSATIONS)
        .then()
        .body("items.id", contains(gamma, alpha, beta));
  }

  @Test
  void patchChangesOnlyTheFieldsPresent() {
    Map<String, Object> body = draft("Before", "llama3.2:3b");
    body.put("system_context", "Be brief.");
    body.put("tags", List.of("a"));
    String id = create(me, body);
    Users.as(me)
        .body(Map.of("title", "After", "pinned", true))
        .patch(CONVERSATIONS + "/" + id)
        .then()
        .statusCode(200)
        .body("title", equalTo("After"))
        .body("pinned", equalTo(true))
        .body("system_context", equalTo("Be brief."))
        .body("model", equalTo("llama3.2:3b"))
        .body("tags", contains("a"))
        .body("archived", equalTo(false));
    Users.as(me)
        .body(
            Map.of(
                "system_context", "", "model", "qwen2.5:7b", "tags", List.of(), "archived", true))
        .patch(CONVERSATIONS + "/" + id)
        .then()
        .statusCode(200)
        .body("title", equalTo("After"))
        .body("system_context", nullValue())
        .body("model", equalTo("qwen2.5:7b"))
        .body("tags", hasSize(0))
        .body("archived", equalTo(true));
    Users.as(me).get(CONVERSATIONS + "/" + id).then().body("model", equalTo("qwen2.5:7b"));
  }

  @Test
  void patchRefusesBadFields() {
    String id = create(me, "Before", "llama3.2:3b");
    Map<String, Object> body = new HashMap<>();
    body.put("title", "  ");
    body.put("model", "");
    body.put("tags", List.of(" "));
    Users.as(me)
        .body(body)
        .patch(CONVERSATIONS + "/" + id)
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("title", "model", "tags[0]"));
    Users.as(me)
        .body(Map.of("pinned", "often"))
        .patch(CONVERSATIONS + "/" + id)
        .then()
        .statusCode(400)
        .body("errors.field", contains("pinned"));
  }

  @Test
  void deleteRemovesTheConversationAndItsMessages() {
    String id = create(me, "Doomed", "llama3.2:3b");
    send(me, id, "hi");
    Users.as(me).delete(CONVERSATIONS + "/" + id).then().statusCode(204);
    Users.as(me).get(CONVERSATIONS + "/" + id).then().statusCode(404);
    Users.as(me).delete(CONVERSATIONS + "/" + id).then().statusCode(404);
    Users.as(me).get(CONVERSATIONS + "/" + UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void getPagesMessagesNewestFirst() {
    String id = create(me, "Long", "llama3.2:3b");
    for (int i = 1; i <= 3; i++) {
      send(me, id, "question " + i);
    }
    Users.as(me)
        .queryParam("limit", 2)
        .get(CONVERSATIONS + "/" + id)
        .then()
        .statusCode(200)
        .body("messages.total", equalTo(6))
        .body("messages.limit", equalTo(2))
        .body("messages.items.role", contains("user", "assistant"))
        .body("messages.items[0].content", equalTo("question 3"));
    Users.as(me)
        .queryParam("limit", 2)
        .queryParam("offset", 4)
        .get(CONVERSATIONS + "/" + id)
        .then()
        .body("messages.items[0].content", equalTo("question 1"));
    Users.as(me)
        .queryParam("limit", 0)
        .get(CONVERSATIONS + "/" + id)
        .then()
        .statusCode(400)
        .body("errors.field", contains("limit"));
  }
}
