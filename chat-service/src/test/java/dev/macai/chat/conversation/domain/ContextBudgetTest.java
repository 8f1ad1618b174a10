package dev.macai.chat.conversation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ContextBudgetTest {

  @Property(tries = 2000)
  void neverExceedsTheBudgetUnlessTheSystemContextAloneDoes(
      @ForAll @IntRange(min = 0, max = 3000) int systemTokens,
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 2000) Integer> history,
      @ForAll @IntRange(min = 1, max = 40_000) int window) {
    ContextBudget.Selection selection = ContextBudget.select(systemTokens, history, window);
    int sent = history.subList(selection.from(), history.size()).stream().mapToInt(i -> i).sum();
    assertThat(selection.usedTokens()).isEqualTo(systemTokens + sent);
    if (systemTokens <= selection.budget()) {
      assertThat(selection.usedTokens()).isLessThanOrEqualTo(selection.budget());
    } else {
      assertThat(selection.from()).isEqualTo(history.size());
    }
    assertThat(selection.budget()).isEqualTo(window - ContextBudget.replyReserve(window));
  }

  @Property(tries = 2000)
  void takesTheLongestTailThatFits(
      @ForAll @IntRange(min = 0, max = 2000) int systemTokens,
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 2000) Integer> history,
      @ForAll @IntRange(min = 1, max = 40_000) int window) {
    ContextBudget.Selection selection = ContextBudget.select(systemTokens, history, window);
    assertThat(selection.from()).isBetween(0, history.size());
    if (selection.from() > 0) {
      // The next older message would not have fitted: nothing that fits is left out.
      assertThat(selection.usedTokens() + history.get(selection.from() - 1))
          .isGreaterThan(selection.budget());
    }
    if (!history.isEmpty()
        && systemTokens + history.get(history.size() - 1) <= selection.budget()) {
      assertThat(selection.from()).isLessThan(history.size());
    }
  }

  @Property(tries = 500)
  void theReserveIsAQuarterCappedAt4096(@ForAll @IntRange(min = 1, max = 2_000_000) int window) {
    int reserve = ContextBudget.replyReserve(window);
    assertThat(reserve).isEqualTo(Math.min(window / 4, 4096));
    assertThat(ContextBudget.promptBudget(window)).isEqualTo(window - reserve);
  }

  @Test
  void keepsTheNewestMessagesInTheirOrder() {
    // window 100 → reserve 25 → budget 75; system 10 + 30 + 30 = 70; the next (20) would be 90.
    ContextBudget.Selection selection = ContextBudget.select(10, List.of(5, 20, 30, 30), 100);
    assertThat(selection.from()).isEqualTo(2);
    assertThat(selection.usedTokens()).isEqualTo(70);
    assertThat(selection.budget()).isEqualTo(75);
  }

  @Test
  void stopsAtTheFirstMessageThatDoesNotFitEvenIfAnOlderOneWould() {
    ContextBudget.Selection selection = ContextBudget.select(0, List.of(1, 500, 40), 100);
    assertThat(selection.from()).isEqualTo(2);
  }

  @Test
  void estimatesFourCharactersPerToken() {
    assertThat(ContextBudget.estimateTokens(null)).isZero();
    assertThat(ContextBudget.estimateTokens("")).isZero();
    assertThat(ContextBudget.estimateTokens("abcd")).isEqualTo(1);
    assertThat(ContextBudget.estimateTokens("abcde")).isEqualTo(2);
  }

  @Test
  void theMeterAsksForCompressionFrom80Percent() {
    assertThat(ContextMeter.of(799, 1000).needsCompression()).isFalse();
    assertThat(ContextMeter.of(800, 1000).needsCompression()).isTrue();
    assertThat(ContextMeter.of(800, 1000).ratio()).isEqualTo(0.8);
    assertThat(ContextMeter.of(247, 131072).ratio()).isEqualTo(0.0019);
    assertThat(ContextMeter.of(5, 0).needsCompression()).isFalse();
  }

  @Property(tries = 500)
  void theMeterRatioMatchesItsInputs(
      @ForAll @IntRange(min = 0, max = 300_000) int used,
      @ForAll @IntRange(min = 1, max = 300_000) int window) {
    ContextMeter meter = ContextMeter.of(used, window);
    assertThat(meter.ratio())
        .isCloseTo((double) used / window, org.assertj.core.data.Offset.offset(0.00006));
    assertThat(meter.needsCompression()).isEqualTo(used * 5L >= window * 4L);
  }
}
