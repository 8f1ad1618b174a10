package dev.macai.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import dev.macai.chat.support.PostgresResource;
import dev.macai.chat.support.ProviderSimulator;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class ObservabilityTest {

  @Test
  void readinessChecksTheDatabase() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("Database connections health check"))
        .body("checks.find { it.name == 'AI providers' }.status", equalTo("UP"))
        .body("checks.find { it.name == 'AI providers' }.data.ollama", equalTo("reachable"))
        .body("checks.find { it.name == 'AI providers' }.data.openai", equalTo("reachable"));
  }

  @Test
  void openApiDescribesTheEndpoints() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(
            "paths.keySet()",
            hasItems(
                "/api/v1/prompts/{category}/{action}",
                "/api/v1/ollama/chat/generate-unified",
                "/api/v1/ollama/chat/models"))
        .body("components.securitySchemes.jwt.scheme", equalTo("bearer"));
  }

  @Test
  void providerCallsAreTimed() {
    Users.as(Users.EVE).get("/api/v1/ollama/chat/models").then().statusCode(200);
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(
            containsString(
                "provider_calls_seconds_count{class=\"dev.macai.chat.ollama.client.OllamaClient\","
                    + "exception=\"none\",method=\"models\",operation=\"models\","
                    + "provider=\"ollama\"}"));
  }
}
