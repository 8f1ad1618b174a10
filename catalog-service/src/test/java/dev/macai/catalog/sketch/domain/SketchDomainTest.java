package dev.macai.catalog.sketch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
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
}
