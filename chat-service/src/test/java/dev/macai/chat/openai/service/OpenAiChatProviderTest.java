package dev.macai.chat.openai.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.macai.chat.common.domain.ChatCompletion;
import dev.macai.chat.common.domain.ChatPrompt;
import dev.macai.chat.common.domain.ChatProvider;
import dev.macai.chat.common.domain.ChatTurn;
import dev.macai.chat.support.PostgresResource;
import dev.macai.chat.support.ProviderSimulator;
import dev.macai.platform.provider.ProviderFailure;
import dev.macai.testkit.simulator.InjectSimulator;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAI provider as conversations get it: picked by name among all {@link ChatProvider}s. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class OpenAiChatProviderTest {

  static final String COMPLETIONS = "/v1/chat/completions";

  @Inject Instance<ChatProvider> providers;

  @InjectSimulator WireMockServer simulator;

  ChatProvider openAi;

  @BeforeEach
  void pickOpenAi() {
    openAi = providers.stream().filter(p -> p.name().equals("openai")).findFirst().orElseThrow();
    simulator.resetRequests();
  }

  static ChatPrompt prompt(String model) {
    return new ChatPrompt(
        model,
        List.of(ChatTurn.system("You are a songwriting coach."), ChatTurn.user("Chorus tips?")),
        128000,
        0.7,
        256);
  }

  @Test
  void takesContextWindowsFromTheConfiguredTable() {
    assertThat(openAi.contextWindow("gpt-4.1-mini", 4096)).isEqualTo(1047576);
    assertThat(openAi.contextWindow("gpt-4o", 4096)).isEqualTo(128000);
    assertThat(openAi.contextWindow("gpt-5.4-mini", 4096)).isEqualTo(400000);
    // The table's own default (OPENAI_DEFAULT_CONTEXT_WINDOW), not the caller's fallback.
    assertThat(openAi.contextWindow("gpt-7-unknown", 4096)).isEqualTo(128000);
  }

  @Test
  void completesWithOpenAisTokenCounts() {
    ChatCompletion completion = openAi.complete(prompt("gpt-4o-mini"));

    assertThat(completion.content()).startsWith("Open the verse on a single image");
    assertThat(completion.model()).isEqualTo("gpt-4o-mini-2024-07-18");
    assertThat(completion.promptTokens()).isEqualTo(182);
    assertThat(completion.completionTokens()).isEqualTo(27);
    assertThat(
            simulator.findAll(
                postRequestedFor(urlEqualTo(COMPLETIONS))
                    .withHeader("Authorization", equalTo("Bearer sk-test"))
                    .withRequestBody(
                        equalToJson(
                            """
                            {"model": "gpt-4o-mini", "stream": false, "temperature": 0.7,
                             "max_completion_tokens": 256,
                             "messages": [
                               {"role": "system", "content": "You are a songwriting coach."},
                               {"role": "user", "content": "Chorus tips?"}]}
                            """))))
        .hasSize(1);
  }

  @Test
  void streamsTokensInOrderAndAsksForTheUsageCounts() {
    List<String> tokens = new ArrayList<>();
    ChatCompletion completion = openAi.stream(prompt("gpt-4o-mini"), tokens::add);

    assertThat(tokens)
        .containsExactly("A", " good", " chorus", " repeats", " one", " strong", " image", ".");
    assertThat(completion.content()).isEqualTo("A good chorus repeats one strong image.");
    assertThat(completion.model()).isEqualTo("gpt-4o-mini-2024-07-18");
    assertThat(completion.promptTokens()).isEqualTo(182);
    assertThat(completion.completionTokens()).isEqualTo(8);
    assertThat(
            simulator.findAll(
                postRequestedFor(urlEqualTo(COMPLETIONS))
                    .withHeader("Authorization", equalTo("Bearer sk-test"))
                    .withHeader("Accept", equalTo("text/event-stream"))
                    .withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                    .withRequestBody(
                        matchingJsonPath("$.stream_options.include_usage", equalTo("true")))))
        .hasSize(1);
  }

  @Test
  void aFailingConsumerStopsTheStream() {
    List<String> tokens = new ArrayList<>();
    Consumer<String> goneAfterTwo =
        token -> {
          if (tokens.size() == 2) {
            throw new IllegalStateException("client went away");
          }
          tokens.add(token);
        };

    assertThatThrownBy(() -> openAi.stream(prompt("gpt-4o-mini"), goneAfterTwo))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("client went away");
    assertThat(tokens).containsExactly("A", " good");
  }

  @Test
  void serverErrorIsBadGatewayWithOpenAisMessage() {
    for (ThrowingCallable call : bothWays("fault-500")) {
      assertFailure(call, 502)
          .hasMessage(
              "OpenAI answered 500: The server had an error while processing your request."
                  + " Sorry about that!");
    }
  }

  @Test
  void rateLimitIsServiceUnavailableWithRetryAfter() {
    for (ThrowingCallable call : bothWays("fault-429")) {
      assertFailure(call, 503)
          .hasMessageStartingWith("OpenAI is busy: Rate limit reached for gpt-4o-mini")
          .satisfies(e -> assertThat(((ProviderFailure) e).retryAfterSeconds()).isEqualTo(1));
    }
  }

  @Test
  void garbageIsBadGateway() {
    for (ThrowingCallable call : bothWays("fault-garbage")) {
      assertFailure(call, 502).hasMessage("OpenAI answered with malformed JSON.");
    }
  }

  @Test
  void slownessIsGatewayTimeout() {
    for (ThrowingCallable call : bothWays("fault-slow")) {
      assertFailure(call, 504).hasMessage("OpenAI did not answer within 1500 ms.");
    }
  }

  @Test
  void anErrorWithoutABodyIsNamedByItsStatus() {
    StubMapping empty =
        simulator.stubFor(
            post(urlEqualTo(COMPLETIONS))
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$[?(@.model == 'fault-empty-500')]"))
                .willReturn(aResponse().withStatus(500)));
    try {
      for (ThrowingCallable call : bothWays("fault-empty-500")) {
        assertFailure(call, 502).hasMessage("OpenAI answered 500: Internal Server Error");
      }
    } finally {
      simulator.removeStub(empty);
    }
  }

  private List<ThrowingCallable> bothWays(String model) {
    return List.of(
        () -> openAi.complete(prompt(model)), () -> openAi.stream(prompt(model), token -> {}));
  }

  static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertFailure(
      ThrowingCallable call, int status) {
    return assertThatThrownBy(call)
        .isInstanceOf(ProviderFailure.class)
        .satisfies(e -> assertThat(((ProviderFailure) e).status()).isEqualTo(status));
  }
}
