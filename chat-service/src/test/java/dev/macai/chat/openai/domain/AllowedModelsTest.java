package dev.macai.chat.openai.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedModelsTest {

  @Test
  void keepsTheConfiguredOrderAndWindows() {
    AllowedModels models =
        AllowedModels.parse(List.of("gpt-4o=128000", " gpt-4.1-mini = 1047576 ", "", "o3=200000"));

    assertThat(models.all())
        .containsExactly(
            new AllowedModel("gpt-4o", 128000),
            new AllowedModel("gpt-4.1-mini", 1047576),
            new AllowedModel("o3", 200000));
    assertThat(models.find("gpt-4.1-mini")).contains(new AllowedModel("gpt-4.1-mini", 1047576));
    assertThat(models.contains("dall-e-3")).isFalse();
    assertThat(models.find(null)).isEmpty();
  }

  @Test
  void refusesEntriesThatAreNotNameEqualsWindow() {
    assertThatThrownBy(() -> AllowedModels.parse(List.of("gpt-4o")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gpt-4o");
    assertThatThrownBy(() -> AllowedModels.parse(List.of("gpt-4o=big")))
        .hasMessageContaining("whole-number");
    assertThatThrownBy(() -> AllowedModels.parse(List.of("=128000")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AllowedModels.parse(List.of("gpt-4o=0")))
        .hasMessageContaining("below 1");
    assertThatThrownBy(() -> AllowedModels.parse(List.of("gpt-4o=1", "gpt-4o=2")))
        .hasMessageContaining("twice");
  }
}
