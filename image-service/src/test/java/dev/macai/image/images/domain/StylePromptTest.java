package dev.macai.image.images.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StylePromptTest {

  @Test
  void withoutStyleThePromptStaysAsTyped() {
    assertThat(StylePrompt.fold("  a red bicycle ", StyleFields.none())).isEqualTo("a red bicycle");
  }

  @Test
  void appendsOneStyleSentenceInFieldOrder() {
    StyleFields style = new StyleFields("watercolor", "album-cover", "neon", "pastel", "minimal");
    assertThat(StylePrompt.fold("A fox in snow.", style))
        .isEqualTo(
            "A fox in snow. Style: a watercolor painting with soft, bleeding edges, composed as a"
                + " square album cover with a strong central subject and calm space for a title,"
                + " glowing neon light, a pastel color palette, minimal detail.");
  }

  @Test
  void foldsOnlyTheChosenFields() {
    assertThat(StylePrompt.fold("A fox", new StyleFields(null, null, "moonlight", null, null)))
        .isEqualTo("A fox. Style: cold moonlight.");
  }

  @Test
  void shortensALongPromptAtAWordSoTheStyleStillFits() {
    String prompt = "word ".repeat(800).strip(); // 3999 characters
    String folded = StylePrompt.fold(prompt, new StyleFields("anime", null, null, null, "ultra"));
    assertThat(folded).hasSizeLessThanOrEqualTo(StylePrompt.MAX_LENGTH);
    assertThat(folded)
        .endsWith("word. Style: anime illustration style, ultra-fine, intricate detail.");
  }

  @Test
  void refusesAValueOutsideTheVocabulary() {
    assertThatThrownBy(
            () -> StylePrompt.fold("x", new StyleFields("cubism", null, null, null, null)))
        .hasMessageContaining("artistic_style");
  }

  @Test
  void everyAllowedValueHasAPhrase() {
    assertThat(StyleVocabulary.ARTISTIC_STYLE_PHRASES.keySet())
        .containsExactlyInAnyOrder(StyleVocabulary.ARTISTIC_STYLES.split("\\|"));
    assertThat(StyleVocabulary.COMPOSITION_PHRASES.keySet())
        .containsExactlyInAnyOrder(StyleVocabulary.COMPOSITIONS.split("\\|"));
    assertThat(StyleVocabulary.LIGHTING_PHRASES.keySet())
        .containsExactlyInAnyOrder(StyleVocabulary.LIGHTINGS.split("\\|"));
    assertThat(StyleVocabulary.COLOR_PALETTE_PHRASES.keySet())
        .containsExactlyInAnyOrder(StyleVocabulary.COLOR_PALETTES.split("\\|"));
    assertThat(StyleVocabulary.DETAIL_LEVEL_PHRASES.keySet())
        .containsExactlyInAnyOrder(StyleVocabulary.DETAIL_LEVELS.split("\\|"));
  }
}
