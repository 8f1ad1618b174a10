package dev.macai.catalog.common.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyNameTest {

  @Test
  void suffixesAndStillFits() {
    assertThat(CopyName.of("Rain", 500)).isEqualTo("Rain (copy)");
    assertThat(CopyName.of(null, 500)).isEqualTo("Untitled (copy)");
    assertThat(CopyName.of("x".repeat(500), 500)).hasSize(500).endsWith(" (copy)");
  }

  @Test
  void neverSplitsAnEmoji() {
    String name = "a".repeat(492) + "🎸🎸";
    assertThat(CopyName.of(name, 500)).isEqualTo("a".repeat(492) + " (copy)");
  }

  @Test
  void aCopyOfACopyIsSuffixedAgain() {
    assertThat(CopyName.of("Serum (copy)", 200)).isEqualTo("Serum (copy) (copy)");
  }
}
