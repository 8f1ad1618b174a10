package dev.macai.image.images.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.macai.image.support.PostgresResource;
import dev.macai.image.support.ProviderSimulator;
import dev.macai.image.support.Simulated;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The simulator's /v1/models is today's catalogue (deploy/mock/openai/mappings/models.json). */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class ImageModelsTest {

  private static final String MODELS = "/api/v1/image/models";

  @Test
  void offersTheAccountsImageModelsWithTheConfiguredOneFirst() {
    Users.as(UUID.randomUUID())
        .get(MODELS)
        .then()
        .statusCode(200)
        .body("default_model", equalTo(Simulated.DEFAULT_MODEL))
        .body("from_account", equalTo(true))
        .body("notice", nullValue())
        .body("models[0].id", equalTo(Simulated.DEFAULT_MODEL))
        .body(
            "models.id",
            equalTo(
                List.of(
                    "gpt-image-2.6-sunburst",
                    "gpt-image-2.6-flare",
                    "gpt-image-2.5-sunburst",
                    "gpt-image-2.5-flare",
                    "gpt-image-2",
                    "gpt-image-1.5",
                    "gpt-image-1-mini")))
        .body("models.find { it.id == 'gpt-image-2.5-flare' }.qualities", hasItems("xhigh", "max"))
        .body(
            "models.find { it.id == 'gpt-image-2.6-sunburst' }.qualities",
            equalTo(List.of("low", "medium", "high", "auto")))
        .body("models.shutdown_date", everyItem(nullValue()))
        .body("sizes", equalTo(List.of("1024x1024", "1536x1024", "1024x1536", "auto")))
        .body("output_formats", equalTo(List.of("png", "webp", "jpeg")))
        .body("backgrounds", equalTo(List.of("transparent", "opaque", "auto")))
        .body("moderations", equalTo(List.of("low", "auto")));
  }

  /** gpt-image-1 was shut down on 2026-10-23; DALL-E is no longer listed at all. */
  @Test
  void neverOffersARetiredModelOrAChatModel() {
    Users.as(UUID.randomUUID())
        .get(MODELS)
        .then()
        .statusCode(200)
        .body("models.id", not(hasItem("gpt-image-1")))
        .body("models.id", not(hasItem("dall-e-3")))
        .body("models.id", everyItem(startsWith("gpt-image-")));
  }

  @Test
  void needsAToken() {
    Users.anonymous().get(MODELS).then().statusCode(401);
  }
}
