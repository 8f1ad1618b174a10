package dev.macai.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderSelectionTest {

  @Test
  void withoutVariablesEverythingIsSimulatedOrLocal() {
    ProviderSelection providers = new ProviderSelection(Map.of());

    assertThat(providers.simulatedOllama()).isTrue();
    assertThat(providers.simulatedOpenAi()).isTrue();
    assertThat(providers.simulatedMureka()).isTrue();
    assertThat(providers.localS3()).isTrue();
    assertThat(providers.needsSimulator()).isTrue();
  }

  /** An empty line in .env (OPENAI_API_KEY=) means no key, not a real one. */
  @Test
  void aBlankVariableCountsAsUnset() {
    ProviderSelection providers =
        new ProviderSelection(Map.of("OPENAI_API_KEY", " ", "S3_BUCKET", ""));

    assertThat(providers.simulatedOpenAi()).isTrue();
    assertThat(providers.localS3()).isTrue();
  }

  @Test
  void theSimulatorIsNeededUntilEveryProviderIsReal() {
    Map<String, String> allReal =
        Map.of(
            "OLLAMA_BASE_URL", "http://localhost:11434",
            "OPENAI_API_KEY", "sk-real",
            "MUREKA_API_KEY", "mk-real");

    assertThat(new ProviderSelection(allReal).needsSimulator()).isFalse();
    assertThat(new ProviderSelection(Map.of("OPENAI_API_KEY", "sk-real")).needsSimulator())
        .isTrue();
  }

  @Test
  void itsTextShowsTheChoicesButNoKey() {
    assertThat(new ProviderSelection(Map.of("OPENAI_API_KEY", "sk-real-secret")))
        .hasToString(
            "ProviderSelection[simulatedOllama=true, simulatedOpenAi=false,"
                + " simulatedMureka=true, localS3=true]");
  }
}
