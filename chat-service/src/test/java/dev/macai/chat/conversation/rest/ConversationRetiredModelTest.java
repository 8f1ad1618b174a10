package dev.macai.chat.conversation.rest;

import static dev.macai.chat.conversation.rest.ConversationSupport.CONVERSATIONS;
import static dev.macai.chat.conversation.rest.ConversationSupport.create;
import static dev.macai.chat.conversation.rest.ConversationSupport.draft;
import static dev.macai.chat.conversation.rest.ConversationSupport.send;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.macai.chat.support.PostgresResource;
import dev.macai.chat.support.ProviderSimulator;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * OpenAI conversations whose model OpenAI retired (the simulator's o4-mini, shut down on
 * 2026-10-23) or no longer lists for the account, on the simulator's "today" 2026-12-03.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class ConversationRetiredModelTest {

  @Inject DataSource dataSource;

  final UUID me = UUID.randomUUID();

  String openAiConversation(String model) {
    Map<String, Object> body = draft("GPT", model);
    body.put("provider", "openai");
    return create(me, body);
  }

  /** A conversation started while its model was still offered, which OpenAI has since retired. */
  String retiredConversation(String retiredModel) {
    String id = openAiConversation("gpt-4o-mini");
    send(me, id, "Hello before the shutdown");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement sql =
            connection.prepareStatement("UPDATE conversations SET model = ? WHERE id = ?")) {
      sql.setString(1, retiredModel);
      sql.setObject(2, UUID.fromString(id));
      sql.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return id;
  }

  @Test
  void aModelWithAFutureShutdownDateIsRetiring() {
    String id = openAiConversation("gpt-4o-mini");
    Users.as(me)
        .get(CONVERSATIONS + "/" + id)
        .then()
        .statusCode(200)
        .body("model_status", equalTo("retiring"))
        .body("model_shutdown_date", equalTo("2027-01-14"))
        .body("replacement_model", equalTo("gpt-5.4-mini"));
    send(me, id, "Still answered until the shutdown");
  }

  @Test
  void aModelWithoutShutdownDateIsAvailable() {
    String id = openAiConversation("gpt-5.4-mini");
    Users.as(me)
        .get(CONVERSATIONS + "/" + id)
        .then()
        .body("model_status", equalTo("available"))
        .body("model_shutdown_date", nullValue())
        .body("replacement_model", nullValue());
  }

  @Test
  void ollamaModelsAreAvailable() {
    String id = create(me, "Local", "llama3.2:3b");
    Users.as(me).get(CONVERSATIONS + "/" + id).then().body("model_status", equalTo("available"));
  }

  @Test
  void aRetiredModelSaysSoInTheViewsAndTheList() {
    String id = retiredConversation("o4-mini");
    Users.as(me)
        .get(CONVERSATIONS + "/" + id)
        .then()
        .statusCode(200)
        .body("model", equalTo("o4-mini"))
        .body("model_status", equalTo("retired"))
        .body("model_shutdown_date", equalTo("2026-10-23"))
        .body("replacement_model", equalTo("gpt-5.4-mini"))
        .body("messages.total", equalTo(2));
    Users.as(me)
        .get(CONVERSATIONS)
        .then()
        .body("items.find { it.id == '" + id + "' }.model_status", equalTo("retired"));
  }

  @Test
  void sendingToARetiredModelIsRefusedAndTheHistoryStays() {
    String id = retiredConversation("o4-mini");
    Users.as(me)
        .body(Map.of("content", "Are you still there?"))
        .post(CONVERSATIONS + "/" + id + "/messages")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("model_retired"))
        .body("model", equalTo("o4-mini"))
        .body("model_shutdown_date", equalTo("2026-10-23"))
        .body("replacement_model", equalTo("gpt-5.4-mini"))
        .body("detail", containsString("o4-mini"))
        .body("detail", containsString("gpt-5.4-mini"));
    // Nothing was stored for the refused question; the earlier exchange is all there.
    Users.as(me).get(CONVERSATIONS + "/" + id).then().body("messages.total", equalTo(2));
  }

  @Test
  void theStreamedSendIsRefusedBeforeTheStreamStarts() {
    String id = retiredConversation("o4-mini");
    Users.as(me)
        .accept("text/event-stream")
        .body(Map.of("content", "Are you still there?"))
        .post(CONVERSATIONS + "/" + id + "/messages/stream")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("model_retired"));
  }

  @Test
  void regenerateAndCompressAreRefusedToo() {
    String id = retiredConversation("o4-mini");
    String replyId =
        Users.as(me).get(CONVERSATIONS + "/" + id).then().extract().path("messages.items[1].id");
    Users.as(me)
        .post(CONVERSATIONS + "/" + id + "/messages/" + replyId + "/regenerate")
        .then()
        .statusCode(409)
        .body("code", equalTo("model_retired"));
    Users.as(me)
        .body(Map.of("keep_last", 0))
        .post(CONVERSATIONS + "/" + id + "/compress")
        .then()
        .statusCode(409)
        .body("code", equalTo("model_retired"));
    Users.as(me).get(CONVERSATIONS + "/" + id).then().body("messages.total", equalTo(2));
  }

  /** Gone from the account's list without a date (e.g. a preview OpenAI withdrew). */
  @Test
  void aModelNoLongerListedIsRetiredWithoutADate() {
    String id = retiredConversation("gpt-4.5-preview");
    Users.as(me)
        .get(CONVERSATIONS + "/" + id)
        .then()
        .body("model_status", equalTo("retired"))
        .body("model_shutdown_date", nullValue());
    Users.as(me)
        .body(Map.of("content", "Hi"))
        .post(CONVERSATIONS + "/" + id + "/messages")
        .then()
        .statusCode(409)
        .body("code", equalTo("model_retired"))
        .body("detail", containsString("no longer offered"));
  }

  @Test
  void switchingToTheReplacementKeepsTheHistoryAndSendsAgain() {
    String id = retiredConversation("o4-mini");
    Users.as(me)
        .body(Map.of("model", "gpt-5.4-mini"))
        .patch(CONVERSATIONS + "/" + id)
        .then()
        .statusCode(200)
        .body("model", equalTo("gpt-5.4-mini"))
        .body("model_status", equalTo("available"))
        .body("context_window_size", equalTo(400000));
    send(me, id, "Back again");
    Users.as(me).get(CONVERSATIONS + "/" + id).then().body("messages.total", equalTo(4));
  }

  @Test
  void switchingToARetiredModelIsRefused() {
    String id = openAiConversation("gpt-5.4-mini");
    Users.as(me)
        .body(Map.of("model", "o4-mini"))
        .patch(CONVERSATIONS + "/" + id)
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.contains("model"));
  }

  @Test
  void anotherUsersRetiredConversationIsNotFound() {
    String id = retiredConversation("o4-mini");
    Users.as(UUID.randomUUID())
        .body(Map.of("content", "Hi"))
        .post(CONVERSATIONS + "/" + id + "/messages")
        .then()
        .statusCode(404);
  }
}
