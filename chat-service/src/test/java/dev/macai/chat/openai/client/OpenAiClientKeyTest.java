package dev.macai.chat.openai.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.macai.chat.common.domain.ChatPrompt;
import dev.macai.chat.common.domain.ChatTurn;
import dev.macai.chat.openai.config.OpenAiConfig;
import dev.macai.chat.support.PostgresResource;
import dev.macai.chat.support.ProviderSimulator;
import dev.macai.platform.provider.ProviderFailure;
import dev.macai.testkit.simulator.InjectSimulator;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.Test;

/**
 * The client with a key (or a URL) other than the application's, built by hand so no second Quarkus
 * start is needed: a rejected key, a missing key, a refused connection. Fault tolerance does not
 * wrap such an instance; the mapping of each failure is what is tested here.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class OpenAiClientKeyTest {

  @Inject ObjectMapper json;

  @InjectSimulator WireMockServer simulator;

  static final ChatPrompt PROMPT =
      new ChatPrompt("gpt-4o-mini", List.of(ChatTurn.user("Hi")), 128000, null, null);

  @Test
  void aRejectedKeyIsBadGatewayAndNeverEchoed() {
    OpenAiClient client = client(simulator.baseUrl(), Optional.of("sk-invalid"));
    for (ThrowingCallable call : everyCall(client)) {
      assertThatThrownBy(call)
          .isInstanceOf(ProviderFailure.class)
          .hasMessage("OpenAI rejected the API key (OPENAI_API_KEY).")
          .satisfies(e -> assertThat(((ProviderFailure) e).status()).isEqualTo(502))
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("sk-inv", "**"));
    }
  }

  @Test
  void withoutAKeyNothingIsSentAndTheAnswerIsServiceUnavailable() {
    OpenAiClient client = client(simulator.baseUrl(), Optional.empty());
    simulator.resetRequests();

    assertThat(client.configured()).isFalse();
    for (ThrowingCallable call : everyCall(client)) {
      assertThatThrownBy(call)
          .isInstanceOf(ProviderFailure.NotConfigured.class)
          .hasMessage("OpenAI is not configured (OPENAI_API_KEY).")
          .satisfies(e -> assertThat(((ProviderFailure) e).status()).isEqualTo(503));
    }
    assertThat(simulator.getAllServeEvents()).isEmpty();
  }

  @Test
  void aRefusedConnectionIsUnreachableNamingTheUrl() {
    String nobody = "http://127.0.0.1:" + closedPort();
    OpenAiClient client = client(nobody, Optional.of("sk-test"));
    for (ThrowingCallable call : everyCall(client)) {
      assertThatThrownBy(call)
          .isInstanceOf(ProviderFailure.Unreachable.class)
          .hasMessage("OpenAI is not reachable.");
    }
  }

  private static List<ThrowingCallable> everyCall(OpenAiClient client) {
    return List.of(
        client::models, () -> client.complete(PROMPT), () -> client.stream(PROMPT, token -> {}));
  }

  private OpenAiClient client(String baseUrl, Optional<String> key) {
    OpenAiApi api =
        RestClientBuilder.newBuilder().baseUri(URI.create(baseUrl)).build(OpenAiApi.class);
    OpenAiConfig config =
        new OpenAiConfig() {
          @Override
          public Optional<String> apiKey() {
            return key;
          }

          @Override
          public Chat chat() {
            throw new UnsupportedOperationException("the client reads no chat settings");
          }
        };
    return new OpenAiClient(api, json, config, baseUrl, 500, 1500, Duration.ofSeconds(1));
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
