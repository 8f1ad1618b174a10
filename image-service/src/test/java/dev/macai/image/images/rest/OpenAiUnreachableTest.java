package dev.macai.image.images.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.macai.image.support.Images;
import dev.macai.image.support.OpenAiNotListening;
import dev.macai.image.support.PostgresResource;
import dev.macai.image.support.Simulated;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(OpenAiNotListening.class)
@WithTestResource(PostgresResource.class)
class OpenAiUnreachableTest {

  @Test
  void generationAnswersBadGatewayAfterRetryingAndStoresNothing() {
    UUID user = UUID.randomUUID();
    Users.as(user)
        .body(Map.of("prompt", "a harbour 0001"))
        .post(Images.GENERATE)
        .then()
        .statusCode(502)
        .contentType("application/problem+json")
        .body("detail", equalTo("OpenAI is not reachable."));
    Users.as(user).get("/api/v1/image/list").then().body("total", equalTo(0));
  }

  /** The generator page still offers the configured model, and says why it offers no more. */
  @Test
  void theModelListFallsBackToTheConfiguredModelWithANotice() {
    Users.as(UUID.randomUUID())
        .get("/api/v1/image/models")
        .then()
        .statusCode(200)
        .body("from_account", equalTo(false))
        .body("notice", containsString("OpenAI is not reachable"))
        .body("models.id", equalTo(List.of(Simulated.DEFAULT_MODEL)));
  }

  @Test
  void costsWithoutAnAdminKeyAnswerServiceUnavailable() {
    Users.asAdmin(UUID.randomUUID())
        .get("/api/v1/openai/costs/current")
        .then()
        .statusCode(503)
        .body("detail", equalTo("OpenAI is not configured (OPENAI_ADMIN_API_KEY)."));
  }
}
