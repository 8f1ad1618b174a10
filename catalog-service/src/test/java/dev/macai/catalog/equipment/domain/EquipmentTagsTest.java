package dev.macai.catalog.equipment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class EquipmentTagsTest {

  @Test
  void trimsDropsBlanksAndKeepsTheFirstSpellingOfCaseInsensitiveDuplicates() {
    assertThat(
            EquipmentTags.normalise(
                Arrays.asList(" Synth ", "synth", "", "  ", null, "EQ", "Reverb", "eq\t")))
        .containsExactly("Synth", "EQ", "Reverb");
  }

  @Test
  void noTagsIsAnEmptyList() {
    assertThat(EquipmentTags.normalise(null)).isEmpty();
    assertThat(EquipmentTags.normalise(List.of())).isEmpty();
  }

  @Property
  void theResultIsTrimmedFreeOfDuplicatesAndStable(@ForAll List<String> tags) {
    List<String> normalised = EquipmentTags.normalise(tags);

    assertThat(normalised)
        .allSatisfy(tag -> assertThat(tag).isNotBlank().isEqualTo(tag.strip()))
        .doesNotHaveDuplicates();
    assertThat(normalised.stream().map(tag -> tag.toLowerCase(Locale.ROOT)))
        .doesNotHaveDuplicates();
    assertThat(EquipmentTags.normalise(normalised)).isEqualTo(normalised);
    // nothing the user typed is lost, except blanks and repeats
    assertThat(tags.stream().filter(tag -> !tag.isBlank()))
        .allSatisfy(
            tag -> assertThat(normalised).anyMatch(kept -> lower(kept).equals(lower(tag.strip()))));
  }

  private static String lower(String tag) {
    return tag.toLowerCase(Locale.ROOT);
  }
}
