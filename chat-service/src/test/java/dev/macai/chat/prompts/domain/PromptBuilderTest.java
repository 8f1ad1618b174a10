package dev.macai.chat.prompts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromptBuilderTest {

  @Test
  void putsPreInputAndPostInOrderWithBlankLinesBetween() {
    assertThat(PromptBuilder.build("Improve this:", null, "a red car", "Answer with it only."))
        .isEqualTo("Improve this:\n\na red car\n\nAnswer with it only.");
  }

  @Test
  void labelsTheContextAndPutsItBeforeTheInput() {
    assertThat(PromptBuilder.build("Improve the section:", "[Verse 1]\nla la", "la", "Only it."))
        .isEqualTo("Improve the section:\n\nContext:\n[Verse 1]\nla la\n\nla\n\nOnly it.");
  }

  @Test
  void leavesOutBlankPartsWithoutDoubleSeparators() {
    assertThat(PromptBuilder.build("Pre", "  \n ", "input", "")).isEqualTo("Pre\n\ninput");
    assertThat(PromptBuilder.build(null, null, "input", null)).isEqualTo("input");
  }

  @Test
  void stripsEachPartButKeepsInnerLineBreaks() {
    assertThat(PromptBuilder.build("  Pre\n\n", null, "\n line one\nline two \n", "\tPost "))
        .isEqualTo("Pre\n\nline one\nline two\n\nPost");
  }

  @Test
  void keepsTheInputVerbatimInside() {
    String lyrics = "I said \"hello\" — {braces} $1 \\n %s";
    assertThat(PromptBuilder.build("P", null, lyrics, "Q")).contains(lyrics);
  }
}
