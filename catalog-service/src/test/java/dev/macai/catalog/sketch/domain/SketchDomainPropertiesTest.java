package dev.macai.catalog.sketch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Properties over inputs too many to list (jqwik runs top-level classes, not JUnit @Nested). */
class SketchDomainPropertiesTest {

  @Property
  void isIdempotentAndLeavesNoDuplicates(@ForAll List<String> tags) {
    List<String> once = Tags.normalise(tags);
    assertThat(Tags.normalise(once)).isEqualTo(once);
    assertThat(once).doesNotHaveDuplicates();
    assertThat(once)
        .allSatisfy(t -> assertThat(t).isEqualTo(t.strip().toLowerCase(Locale.ROOT)).isNotBlank());
  }

  @Property
  void onlyLettersDigitsAndOperatorsComeOut(@ForAll String typed) {
    SearchTerms.prefixQuery(typed)
        .ifPresent(q -> assertThat(q).matches("[\\p{L}\\p{N}]+:\\*( & [\\p{L}\\p{N}]+:\\*)*"));
  }
}
