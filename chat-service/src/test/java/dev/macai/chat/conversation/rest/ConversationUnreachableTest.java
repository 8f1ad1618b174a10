package dev.macai.chat.conversation.rest;

import static dev.macai.chat.conversation.rest.ConversationSupport.CONVERSATIONS;
import static dev.macai.chat.conversation.rest.ConversationSupport.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.chat.support.OllamaNotListening;
import dev.macai.chat.support.PostgresResource;
import dev.macai.chat.support.SseEvents;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ollama refuses connections: the client points at a port nobody listens on. */
@QuarkusTest
@TestProfile(OllamaNotListening.class)
@WithTestResource(PostgresResource.class)
class ConversationUnreachableTest {

  final UUID me = UUID.randomUUID();

  @Test
  void createFallsBackToTheDefaultWindowAndSendingIsBadGateway() {
    String id = create(me, "Offline", "llama3.2:3b");
    Users.as(me).get(CONVERSATIONS + "/" + id).then().body("context_window_size", equalTo(8192));
    Users.as(me)
        .body(Map.of("content", "anyone?"))
        .post(CONVERSATIONS + "/" + id + "/messages")
        .then()
        .statusCode(502)
        .body("detail", equalTo("Ollama is not reachable."));
    Users.as(me)
        .get(CONVERSATIONS + "/" + id)
        .then()
        .body("messages.total", equalTo(1))
        .body("messages.items[0].status", equalTo("failed"));
  }

  @Test
  void aStreamEndsWithAnErrorEvent() throws Exception {
    String id = create(me, "Offline", "llama3.2:3b");
    String body =
        Users.as(me)
            .accept("text/event-stream")
            .body(Map.of("content", "anyone?"))
            .post(CONVERSATIONS + "/" + id + "/messages/stream")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<String[]> events = SseEvents.parse(body);
    assertThat(events).hasSize(1);
    assertThat(events.get(0)[0]).isEqualTo("error");
    JsonNode problem = new ObjectMapper().readTree(events.get(0)[1]);
    assertThat(problem.get("status").asInt()).isEqualTo(502);
    assertThat(problem.get("detail").asText())
        .isEqualTo("Ollama is not reachable.")
        // Where Ollama is, is our network's layout, not the client's business.
        .doesNotContain(url())
        .doesNotContain("127.0.0.1");
    Users.as(me)
        .get(CONVERSATIONS + "/" + id)
        .then()
        .body("messages.items[0].status", equalTo("failed"));
  }

  private static String url() {
    return OllamaNotListening.URL;
  }
}
