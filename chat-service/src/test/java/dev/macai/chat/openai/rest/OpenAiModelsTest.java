package dev.macai.chat.openai.rest;

import static dev.macai.testkit.tokens.Users.EVE;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.macai.chat.support.PostgresResource;
import dev.macai.chat.support.ProviderSimulator;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * The picker against the simulator's /v1/models on its "today" 2026-12-03 ({@code FixedClock}),
 * with no OPENAI_CHAT_MODELS filter: every chat model of the account.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class OpenAiModelsTest {

  static final String MODELS = "/api/v1/openai/chat/models";

  ValidatableResponse models() {
    return Users.as(EVE).get(MODELS).then().statusCode(200);
  }

  @Test
  void listsTheAccountsChatModelsNewestFirst() {
    models()
        .body("", hasSize(20))
        .body("name[0]", equalTo("gpt-6.2-astra"))
        .body("name", hasItems("gpt-6.2-sol", "gpt-5.5", "gpt-5.4-mini", "gpt-4o-mini-2024-07-18"))
        .body("name", everyItem(startsWith("gpt-")))
        .body("available", everyItem(equalTo(true)));
  }

  @Test
  void leavesOutOtherKindsOfModelsAndModelsPastTheirShutdownDate() {
    models()
        .body("name", not(hasItems("o4-mini")))
        .body("name", not(hasItems("gpt-image-2")))
        .body("name", not(hasItems("gpt-image-1")))
        .body("name", not(hasItems("text-embedding-3-small", "whisper-1", "tts-1")));
  }

  @Test
  void flagsModelsWithAnAnnouncedShutdownDate() {
    models()
        .body("find { it.name == 'gpt-4o' }.shutdown_date", equalTo("2027-01-14"))
        .body("find { it.name == 'gpt-4o' }.status", equalTo("retiring"))
        .body("find { it.name == 'gpt-5-mini' }.shutdown_date", equalTo("2026-12-11"))
        .body("find { it.name == 'gpt-5.4-nano' }.shutdown_date", equalTo("2027-04-01"))
        .body("find { it.name == 'gpt-6.2-sol' }.shutdown_date", nullValue())
        .body("find { it.name == 'gpt-6.2-sol' }.status", equalTo("available"));
  }

  /** The default model is one without a shutdown date, and the only one marked default. */
  @Test
  void marksTheDefaultModel() {
    models()
        .body("findAll { it.is_default }.name", contains("gpt-5.4-mini"))
        .body("find { it.name == 'gpt-5.4-mini' }.shutdown_date", nullValue());
  }

  @Test
  void contextWindowsComeFromTheConfiguredTable() {
    models()
        .body("find { it.name == 'gpt-4o-mini' }.context_window", equalTo(128000))
        .body("find { it.name == 'gpt-4.1-mini' }.context_window", equalTo(1047576))
        .body("find { it.name == 'gpt-5.1' }.context_window", equalTo(400000))
        .body("find { it.name == 'gpt-5.4' }.context_window", equalTo(1050000))
        .body("find { it.name == 'gpt-5.4-mini-2026-03-17' }.context_window", equalTo(400000))
        .body("find { it.name == 'gpt-5.5-2026-04-23' }.context_window", equalTo(1050000))
        .body("find { it.name == 'gpt-6.1-terra' }.context_window", equalTo(400000));
  }

  @Test
  void needsAToken() {
    Users.anonymous().get(MODELS).then().statusCode(401).contentType("application/problem+json");
  }
}
