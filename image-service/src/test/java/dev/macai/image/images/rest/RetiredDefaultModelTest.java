package dev.macai.image.images.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.macai.image.support.Images;
import dev.macai.image.support.PostgresResource;
import dev.macai.image.support.ProviderSimulator;
import dev.macai.image.support.RetiredImageModelConfigured;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The owner's .env from the DALL-E days: the service says what to change, and stores nothing. */
@QuarkusTest
@TestProfile(RetiredImageModelConfigured.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class RetiredDefaultModelTest {

  @Test
  void generationNamesTheSettingOpenAisRefusalAndAReplacement() {
    UUID user = UUID.randomUUID();
    Users.as(user)
        .body(Map.of("prompt", "a kite 0001"))
        .post(Images.GENERATE)
        .then()
        .statusCode(502)
        .contentType("application/problem+json")
        .body("detail", containsString("refused the configured image model dall-e-3"))
        .body("detail", containsString("OPENAI_IMAGE_MODEL"))
        .body("detail", containsString("has been deprecated"))
        .body("detail", containsString("Use gpt-image-2.6-sunburst instead."));
    Users.as(user).get("/api/v1/image/list").then().body("total", equalTo(0));
  }

  @Test
  void theGeneratorPageWarnsThatTheConfiguredModelIsNotListed() {
    Users.as(UUID.randomUUID())
        .get("/api/v1/image/models")
        .then()
        .statusCode(200)
        .body("models[0].id", equalTo("dall-e-3"))
        .body("notice", containsString("dall-e-3 (OPENAI_IMAGE_MODEL) is not in your OpenAI"));
  }
}
