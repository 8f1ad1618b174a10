package dev.macai.image;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.macai.image.support.PostgresResource;
import dev.macai.image.support.ProviderSimulator;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class ObservabilityTest {

  @Test
  void readinessReportsTheDatabaseOpenAiAndWhereImagesGo() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("AI provider and storage"))
        .body(
            "checks.find { it.name == 'AI provider and storage' }.data.openai",
            equalTo("reachable"))
        .body(
            "checks.find { it.name == 'AI provider and storage' }.data.new_images_stored_in",
            equalTo("filesystem"));
  }

  @Test
  void publishesTheOpenApiDocumentAndMetrics() {
    given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/image/generate"));
    given().get("/q/metrics").then().statusCode(200);
  }
}
