package dev.macai.chat.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Points the Ollama client at a port nobody listens on: connection refused. One profile for every
 * such test, so Quarkus starts once for all of them.
 */
public class OllamaNotListening implements QuarkusTestProfile {

  public static final String URL = "http://127.0.0.1:" + closedPort();

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
