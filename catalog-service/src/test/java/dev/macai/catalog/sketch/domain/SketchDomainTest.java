package dev.macai.catalog.sketch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.catalog.common.domain.CopyName;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SketchDomainTest {

  @Nested
  class TagNormalisation {

    @Test
    void trimsLowerCasesAndDropsDuplicatesAndBlanks() {
      assertThat(Tags.normalise(Arrays.asList(" Rock", "rock ", null, "  ", "Indie", "ROCK")))
          .containsExactly("rock", "indie");
    }

    @Property
    void isIdempotentAndLeavesNoDuplicates(@ForAll List<String> tags) {
      List<String> once = Tags.normalise(tags);
      assertThat(Tags.normalise(once)).isEqualTo(once);
      assertThat(once).doesNotHaveDuplicates();
      assertThat(once)
          .allSatisfy(t -> assertThat(t).isEqualTo(t.trim().toLowerCase(Locale.ROOT)).isNotBlank());
    }
  }

  @Nested
  class WorkflowTransitions {

    @Test
    void followTheLifeOfASketch() {
      assertThat(Workflow.draft.canMoveTo(Workflow.used)).isTrue();
      assertThat(Workflow.used.canMoveTo(Workflow.archived)).isTrue();
      assertThat(Workflow.used.canMoveTo(Workflow.draft)).isTrue();
      assertThat(Workflow.archived.canMoveTo(Workflow.draft)).isTrue();
      assertThat(Workflow.draft.canMoveTo(Workflow.archived)).isFalse();
      assertThat(Workflow.archived.canMoveTo(Workflow.used)).isFalse();
    }
  }

  @Nested
  class Search {

    @Test
    void everyWordBecomesAPrefixTerm() {
      assertThat(SearchTerms.prefixQuery("Blue  gui-tar!")).contains("blue:* & gui:* & tar:*");
      assertThat(SearchTerms.prefixQuery("Größe")).contains("größe:*");
    }

    @Test
    void operatorsAndQuotesNeverReachTheQuery() {
      assertThat(SearchTerms.prefixQuery("' & | ! ( ) :*")).isEmpty();
      assertThat(SearchTerms.prefixQuery(null)).isEmpty();
    }

    @Property
    void onlyLettersDigitsAndOperatorsComeOut(@ForAll String typed) {
      SearchTerms.prefixQuery(typed)
          .ifPresent(q -> assertThat(q).matches("[\\p{L}\\p{N}]+:\\*( & [\\p{L}\\p{N}]+:\\*)*"));
    }
  }

  @Nested
  class LyricsLimit {

    @Test
    void countsCharactersAsPeopleSeeThem() {
      assertThat(Lyrics.overMurekaLimit("a".repeat(3000))).isFalse();
      assertThat(Lyrics.overMurekaLimit("a".repeat(3001))).isTrue();
      assertThat(Lyrics.overMurekaLimit("🎸".repeat(3000))).isFalse();
      assertThat(Lyrics.overMurekaLimit(null)).isFalse();
    }
  }

  @Nested
  class CopyNames {

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
  }
}
