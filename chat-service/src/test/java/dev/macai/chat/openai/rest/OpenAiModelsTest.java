package dev.macai.chat.openai.rest;

import static dev.macai.chat.support.Users.EVE;
import static org.hamcrest.Matchers.contains;

import dev.macai.chat.support.PostgresResource;
import dev.macai.chat.support.ProviderSimulator;
import dev.macai.chat.support.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class OpenAiModelsTest {

  static final String MODELS = "/api/v1/openai/chat/models";

  /** The test allow-list adds gpt-4.5-preview, which the simulated /v1/models does not offer. */
  @Test
  void listsTheAllowedModelsWithWindowsAndWhetherOpenAiOffersThem() {
    Users.as(EVE)
        .get(MODELS)
        .then()
        .statusCode(200)
        .body("name", contains("gpt-4o", "gpt-4o-mini", "gpt-4.1-mini", "gpt-4.5-preview"))
        .body("context_window", contains(128000, 128000, 1047576, 128000))
        .body("available", contains(true, true, true, false));
  }

  @Test
  void needsAToken() {
    Users.anonymous().get(MODELS).then().statusCode(401).contentType("application/problem+json");
  }
}
