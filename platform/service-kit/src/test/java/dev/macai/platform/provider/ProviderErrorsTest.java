package dev.macai.platform.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.platform.provider.ProviderFailure.Kind;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One translation of provider trouble for every client: what a person reads and what a job does.
 */
class ProviderErrorsTest {

  private static final String KEY = "sk-test-0123456789";

  private final ProviderErrors openAi =
      new ProviderErrors(
          "OpenAI",
          "http://openai.test",
          1500,
          Optional.of(KEY),
          "OPENAI_API_KEY",
          new ObjectMapper());
  private final ProviderErrors ollama =
      new ProviderErrors(
          "Ollama", "http://ollama.test", 1500, Optional.empty(), null, new ObjectMapper());

  @Test
  void aRefusedKeyIsNamedButNotRepeated() {
    ProviderFailure failure =
        openAi.answeredWithError(
            401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}", null);

    assertThat(failure.kind()).isEqualTo(Kind.UNAUTHORIZED);
    assertThat(failure.status()).isEqualTo(502);
    assertThat(failure.getMessage()).isEqualTo("OpenAI rejected the API key (OPENAI_API_KEY).");
  }

  @Test
  void rateLimitsBecome503WithTheWaitAsked() {
    ProviderFailure failure =
        openAi.answeredWithError(
            429, "{\"error\":{\"message\":\"Rate limit reached\",\"code\":\"rate_limit\"}}", "7");

    assertThat(failure.status()).isEqualTo(503);
    assertThat(failure.retryAfterSeconds()).isEqualTo(7L);
    assertThat(failure.getMessage()).isEqualTo("OpenAI is busy: Rate limit reached");
    assertThat(failure.certainlyNotAccepted()).isTrue();
  }

  @Test
  void serverErrorsKeepTheProvidersWordsAndCode() {
    ProviderFailure failure =
        openAi.answeredWithError(
            500,
            "{\"error\":{\"message\":\"The server had an error\",\"code\":\"server_error\"}}",
            null);

    assertThat(failure.kind()).isEqualTo(Kind.OVERLOADED);
    assertThat(failure.getMessage()).isEqualTo("OpenAI answered 500: The server had an error");
    assertThat(failure.providerCode()).isEqualTo("server_error");
  }

  @Test
  void ollamasErrorStringIsReadToo() {
    ProviderFailure failure =
        ollama.answeredWithError(404, "{\"error\":\"model 'x' not found\"}", null);

    assertThat(failure.kind()).isEqualTo(Kind.NOT_FOUND);
    assertThat(failure.getMessage()).isEqualTo("Ollama answered 404: model 'x' not found");
  }

  @Test
  void anythingElseIsQuotedShortenedAndScrubbed() {
    String body = "<html>" + KEY + "x".repeat(1000) + "</html>";

    String message = openAi.message(502, body);

    assertThat(message).startsWith("<html>[redacted]xxx").endsWith("…");
    assertThat(message)
        .hasSize(ProviderErrors.MAX_DETAIL + 1 - KEY.length() + "[redacted]".length());
    assertThat(openAi.message(502, "")).isEqualTo("Bad Gateway");
    assertThat(ollama.message(599, null)).isEqualTo("no details given");
  }

  @Test
  void noConnectionAndNoAnswerSayWhichProviderAndHowLongButNotWhere() {
    assertThat(openAi.transportFailure(new RuntimeException(new ConnectException("refused"))))
        .isInstanceOf(ProviderFailure.Unreachable.class)
        .hasMessage("OpenAI is not reachable.");
    ProviderFailure timeout =
        openAi.transportFailure(new RuntimeException(new SocketTimeoutException("read")));
    assertThat(timeout.status()).isEqualTo(504);
    assertThat(timeout.getMessage()).isEqualTo("OpenAI did not answer within 1500 ms.");
    assertThat(timeout.certainlyNotAccepted()).isFalse();
  }

  @Test
  void aMissingKeyIs503NamingTheVariable() {
    ProviderErrors unconfigured =
        new ProviderErrors(
            "Mureka",
            "http://mureka.test",
            1000,
            Optional.of(" "),
            "MUREKA_API_KEY",
            new ObjectMapper());

    assertThatThrownBy(unconfigured::authorization)
        .isInstanceOf(ProviderFailure.NotConfigured.class)
        .hasMessage("Mureka is not configured (MUREKA_API_KEY).");
    assertThat(openAi.authorization()).isEqualTo("Bearer " + KEY);
  }

  /** Where a provider lives is our network's layout: no detail a client sees names it. */
  @Test
  void noDetailNamesAnInternalAddress() {
    ProviderErrors local =
        new ProviderErrors(
            "Ollama", "http://ollama:11434/", 1500, Optional.empty(), null, new ObjectMapper());
    ProviderErrors simulator =
        new ProviderErrors(
            "OpenAI",
            "http://127.0.0.1:8089",
            1500,
            Optional.of(KEY),
            "OPENAI_API_KEY",
            new ObjectMapper());

    assertThat(
            local
                .transportFailure(
                    new RuntimeException(
                        new java.io.IOException(
                            "Connection reset: ollama/172.18.0.5:11434 (http://ollama:11434/api/chat)")))
                .getMessage())
        .isEqualTo("Ollama could not be called: Connection reset: [address] ([address])");
    assertThat(
            simulator
                .transportFailure(
                    new IllegalStateException("no route to 127.0.0.1:8089 via [::1]:8089"))
                .getMessage())
        .isEqualTo("OpenAI could not be called: no route to [address] via [address]")
        .doesNotContain("127.0.0.1");
    // The provider's own words stay, only our address of it goes.
    assertThat(local.message(500, "{\"error\":\"proxy http://ollama:11434 failed: model busy\"}"))
        .isEqualTo("proxy [address] failed: model busy");
    assertThat(
            simulator.message(
                400, "{\"error\":{\"message\":\"see https://platform.openai.com/docs\"}}"))
        .isEqualTo("see https://platform.openai.com/docs");
    assertThat(
            simulator
                .transportFailure(new RuntimeException(new ConnectException("127.0.0.1:8089")))
                .getMessage())
        .isEqualTo("OpenAI is not reachable.");
  }
}
