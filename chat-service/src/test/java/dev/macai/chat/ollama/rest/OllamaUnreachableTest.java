package dev.macai.chat.ollama.rest;

import static dev.macai.chat.support.Users.EVE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.macai.chat.support.PostgresResource;
import dev.macai.chat.support.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ollama is down: the client points at a port nobody listens on. A second Quarkus start. */
@QuarkusTest
@TestProfile(OllamaUnreachableTest.NobodyListens.class)
@WithTestResource(PostgresResource.class)
class OllamaUnreachableTest {

  public static class NobodyListens implements QuarkusTestProfile {

    static final String URL = "http://127.0.0.1:" + closedPort();

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.rest-client.ollama.url", URL);
    }

    private static int closedPort() {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

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
        .body("detail", equalTo("Ollama is not reachable at " + NobodyListens.URL + "."));
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
        .body("detail", equalTo("Ollama is not reachable at " + NobodyListens.URL + "."));
  }
}
