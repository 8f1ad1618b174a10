package dev.macai.image.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * OpenAI at a port nobody listens on (connection refused) and no admin key, so one Quarkus start
 * covers both "unreachable" and "not configured".
 */
public class OpenAiNotListening implements QuarkusTestProfile {

  public static final String URL = "http://127.0.0.1:" + closedPort();

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("quarkus.rest-client.openai.url", URL, "openai.admin-api-key", "");
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
