package dev.macai.image.images.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.StringLength;

class StylePromptProperties {

  @Property
  void neverExceedsDallEsLimitAndKeepsEveryChosenStyle(
      @ForAll @NotBlank @StringLength(max = 4000) String prompt,
      @ForAll("styles") StyleFields style) {
    String folded = StylePrompt.fold(prompt, style);
    assertThat(folded).hasSizeLessThanOrEqualTo(StylePrompt.MAX_LENGTH);
    StylePrompt.phrases(style).forEach(phrase -> assertThat(folded).contains(phrase));
  }

  @Property
  void aShortPromptIsKeptWhole(
      @ForAll @NotBlank @StringLength(max = 3000) String prompt,
      @ForAll("styles") StyleFields style) {
    String kept = prompt.strip();
    while (kept.endsWith(".")) {
      kept = kept.substring(0, kept.length() - 1).stripTrailing();
    }
    assertThat(StylePrompt.fold(prompt, style)).startsWith(kept);
  }

  @Provide
  Arbitrary<StyleFields> styles() {
    return Combinators.combine(
            choice(StyleVocabulary.ARTISTIC_STYLES),
            choice(StyleVocabulary.COMPOSITIONS),
            choice(StyleVocabulary.LIGHTINGS),
            choice(StyleVocabulary.COLOR_PALETTES),
            choice(StyleVocabulary.DETAIL_LEVELS))
        .as(StyleFields::new);
  }

  private static Arbitrary<String> choice(String values) {
    return Arbitraries.of(values.split("\\|")).injectNull(0.3);
  }
}
