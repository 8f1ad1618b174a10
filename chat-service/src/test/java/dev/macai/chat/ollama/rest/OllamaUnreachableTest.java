package dev.macai.chat.ollama.rest;

import static dev.macai.testkit.tokens.Users.EVE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.macai.chat.support.OllamaNotListening;
import dev.macai.chat.support.PostgresResource;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ollama is down: the client points at a port nobody listens on. A second Quarkus start. */
@QuarkusTest
@TestProfile(OllamaNotListening.class)
@WithTestResource(PostgresResource.class)
class OllamaUnreachableTest {

  @Test
  void readinessReportsOllamaUnreachableButStaysUp() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.find { it.name == 'AI providers' }.data.ollama", equalTo("unreachable"));
  }

  @Test
  void generateIsBadGatewayNamingTheUrl() {
    Users.as(EVE)
        .body(Map.of("category", "images", "action", "enhance", "input_text", "a cat"))
        .post("/api/v1/ollama/chat/generate-unified")
        .then()
        .statusCode(502)
        .contentType("application/problem+json")
        .body("detail", equalTo("Ollama is not reachable."));
  }

  /** Three tries in all: the fault tolerance metrics count two retries for the one call. */
  @Test
  void retriesTwiceBeforeGivingUp() {
    double before = generateRetries();
    Users.as(EVE)
        .body(Map.of("category", "images", "action", "enhance", "input_text", "a dog"))
        .post("/api/v1/ollama/chat/generate-unified")
        .then()
        .statusCode(502);
    assertThat(generateRetries() - before).isEqualTo(2.0);
  }

  private static double generateRetries() {
    String prefix =
        "ft_retry_retries_total{method=\"dev.macai.chat.ollama.client.OllamaClient.generate\"} ";
    return given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .extract()
        .asString()
        .lines()
        .filter(line -> line.startsWith(prefix))
        .mapToDouble(line -> Double.parseDouble(line.substring(prefix.length())))
        .findFirst()
        .orElse(0);
  }

  @Test
  void modelsIsBadGatewayToo() {
    Users.as(EVE)
        .get("/api/v1/ollama/chat/models")
        .then()
        .statusCode(502)
        .body("detail", equalTo("Ollama is not reachable."));
  }
}
