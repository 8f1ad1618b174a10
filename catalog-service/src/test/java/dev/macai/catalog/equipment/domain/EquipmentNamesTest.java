package dev.macai.catalog.equipment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EquipmentNamesTest {

  @Test
  void aCopyIsSuffixed() {
    assertThat(EquipmentNames.copyOf("Serum")).isEqualTo("Serum (copy)");
    assertThat(EquipmentNames.copyOf("Serum (copy)")).isEqualTo("Serum (copy) (copy)");
  }

  @Test
  void aNameAtTheLimitIsShortenedToFitWithoutSplittingACharacter() {
    String longName = "a".repeat(192) + "\uD83C\uDFB9" + "b".repeat(10);

    String copy = EquipmentNames.copyOf(longName);

    assertThat(copy).hasSize(199).endsWith("a (copy)").startsWith("a".repeat(192));
    assertThat(EquipmentNames.copyOf("x".repeat(200))).hasSize(200).endsWith("x (copy)");
  }
}
