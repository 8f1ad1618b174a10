package dev.macai.chat.openai.service;

import static dev.macai.testkit.tokens.Users.EVE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import dev.macai.chat.common.domain.ChatPrompt;
import dev.macai.chat.common.domain.ChatProvider;
import dev.macai.chat.common.domain.ChatTurn;
import dev.macai.chat.support.PostgresResource;
import dev.macai.platform.provider.ProviderFailure;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** OpenAI is down: the client points at a port nobody listens on. A second Quarkus start. */
@QuarkusTest
@TestProfile(OpenAiUnreachableTest.NobodyListens.class)
@WithTestResource(PostgresResource.class)
class OpenAiUnreachableTest {

  public static class NobodyListens implements QuarkusTestProfile {

    static final String URL = "http://127.0.0.1:" + closedPort();

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.rest-client.openai.url", URL);
    }

    private static int closedPort() {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static final ChatPrompt PROMPT =
      new ChatPrompt("gpt-4o-mini", List.of(ChatTurn.user("Hi")), 128000, null, null);

  @Inject Instance<ChatProvider> providers;

  /** Without OpenAI's list the picker still offers the default model, availability unknown. */
  @Test
  void theDefaultModelIsStillListedWithAvailabilityUnknown() {
    Users.as(EVE)
        .get("/api/v1/openai/chat/models")
        .then()
        .statusCode(200)
        .body("name", contains("gpt-5.4-mini"))
        .body("context_window", contains(400000))
        .body("available", everyItem(nullValue()))
        .body("shutdown_date", everyItem(nullValue()));
  }

  /** A conversation's model state is unknown, not retired: sending is not refused for it. */
  @Test
  void conversationsShowTheirModelStateAsUnknown() {
    Users.as(EVE)
        .body(Map.of("title", "Offline", "provider", "openai", "model", "gpt-4o-mini"))
        .post("/api/v1/conversations")
        .then()
        .statusCode(201)
        .body("model_status", org.hamcrest.Matchers.equalTo("unknown"))
        .body("model_shutdown_date", nullValue());
  }

  /** Three tries in all for each kind of call: the metrics count two retries per call. */
  @Test
  void completeAndStreamRetryTwiceThenFailNamingTheUrl() {
    double completeBefore = retries("complete");
    double streamBefore = retries("stream");

    assertThatThrownBy(() -> openAi().complete(PROMPT))
        .isInstanceOf(ProviderFailure.Unreachable.class)
        .hasMessage("OpenAI is not reachable.");
    assertThatThrownBy(() -> openAi().stream(PROMPT, token -> {}))
        .isInstanceOf(ProviderFailure.Unreachable.class)
        .hasMessage("OpenAI is not reachable.");

    assertThat(retries("complete") - completeBefore).isEqualTo(2.0);
    assertThat(retries("stream") - streamBefore).isEqualTo(2.0);
  }

  private ChatProvider openAi() {
    return providers.stream().filter(p -> p.name().equals("openai")).findFirst().orElseThrow();
  }

  private static double retries(String method) {
    String prefix =
        "ft_retry_retries_total{method=\"dev.macai.chat.openai.client.OpenAiClient."
            + method
            + "\"} ";
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
}
