package dev.macai.chat.openai.rest;

import static dev.macai.testkit.tokens.Users.EVE;
import static org.hamcrest.Matchers.contains;

import dev.macai.chat.support.PostgresResource;
import dev.macai.chat.support.ProviderSimulator;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OPENAI_CHAT_MODELS set (with one entry in the old name=window syntax) and a small context window
 * table with its own default. A second Quarkus start, since both are read at start-up.
 */
@QuarkusTest
@TestProfile(OpenAiFilteredModelsTest.Filtered.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class OpenAiFilteredModelsTest {

  public static class Filtered implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          // o4-mini is past its shutdown date, gpt-4.5-preview not in the account, dall-e-3 and
          // whisper-1 no chat models: the filter cannot bring any of them back.
          "openai.chat.models",
          "gpt-6.2-sol,gpt-4o=32000,o4-mini,gpt-4.5-preview,whisper-1,gpt-5.4-mini",
          "openai.chat.context-windows",
          "gpt-6=1050000",
          "openai.chat.default-context-window",
          "64000");
    }
  }

  @Test
  void listsOnlyTheFilteredModelsTheAccountHasInTheFiltersOrder() {
    Users.as(EVE)
        .get("/api/v1/openai/chat/models")
        .then()
        .statusCode(200)
        .body("name", contains("gpt-6.2-sol", "gpt-4o", "gpt-5.4-mini"))
        // table, old-syntax window, the table's default for a model it does not match
        .body("context_window", contains(1050000, 32000, 64000))
        .body("status", contains("available", "retiring", "available"));
  }

  @Test
  void conversationsStartOnlyWithFilteredModels() {
    Users.as(EVE)
        .body(Map.of("title", "Filtered", "provider", "openai", "model", "gpt-6.1-sol"))
        .post("/api/v1/conversations")
        .then()
        .statusCode(400)
        .body("errors.field", contains("model"));
    Users.as(EVE)
        .body(Map.of("title", "Filtered", "provider", "openai", "model", "gpt-4o"))
        .post("/api/v1/conversations")
        .then()
        .statusCode(201)
        .body("context_window_size", org.hamcrest.Matchers.equalTo(32000));
  }
}
