package dev.macai.chat.ollama.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TemplateWindowTest {

  @Test
  void aShortPromptGetsOllamasDefault() {
    assertThat(TemplateWindow.forPrompt(400, 200, 131072)).isEqualTo(2048);
  }

  @Test
  void aLongPromptGetsTheNextPowerOfTwo() {
    assertThat(TemplateWindow.forPrompt(30_000, 1_000, 131072)).isEqualTo(16384);
  }

  @Test
  void neverMoreThanTheModelSupports() {
    assertThat(TemplateWindow.forPrompt(200_000, 1_000, 8192)).isEqualTo(8192);
  }

  @Test
  void anUnknownModelWindowDoesNotCap() {
    assertThat(TemplateWindow.forPrompt(200_000, 1_000, null)).isEqualTo(131072);
  }

  @Property
  void roomForPromptAndAnswerUnlessTheModelIsSmaller(
      @ForAll @IntRange(max = 300_000) int promptChars,
      @ForAll @IntRange(min = 1, max = 32_768) int maxTokens,
      @ForAll @IntRange(min = 512, max = 1_048_576) int modelWindow) {
    int window = TemplateWindow.forPrompt(promptChars, maxTokens, modelWindow);
    assertThat(Integer.bitCount(window) == 1 || window == modelWindow).isTrue();
    assertThat(window).isLessThanOrEqualTo(modelWindow);
    if (window < modelWindow) {
      assertThat(window).isGreaterThanOrEqualTo(promptChars / 3 + maxTokens);
    }
  }
}
