package dev.macai.chat.ollama.rest;

import static dev.macai.chat.support.Users.EVE;
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
  void generateIsBadGatewayNamingTheUrl() {
    Users.as(EVE)
        .body(Map.of("category", "images", "action", "enhance", "input_text", "a cat"))
        .post("/api/v1/ollama/chat/generate-unified")
        .then()
        .statusCode(502)
        .contentType("application/problem+json")
        .body("detail", equalTo("Ollama is not reachable at " + NobodyListens.URL + "."));
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
