package dev.macai.catalog.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.macai.catalog.rules.domain.LyricRuleEngine.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class LyricRuleEngineTest {

  @Test
  void runsTheRulesInTheGivenOrderEachOnThePreviousResult() {
    LyricRuleEngine.Outcome outcome =
        LyricRuleEngine.apply(
            "one two", List.of(new Step("a", "one", "two"), new Step("b", "two two", "both")));
    assertThat(outcome.text()).isEqualTo("both");
    assertThat(outcome.applied()).containsExactly("a", "b");
  }

  @Test
  void listsOnlyTheRulesThatChangedSomething() {
    LyricRuleEngine.Outcome outcome =
        LyricRuleEngine.apply(
            "abc", List.of(new Step("no match", "x", "y"), new Step("same", "b", "b")));
    assertThat(outcome.text()).isEqualTo("abc");
    assertThat(outcome.applied()).isEmpty();
  }

  @Test
  void anchorsMatchAtEveryLine() {
    assertThat(
            LyricRuleEngine.apply("a  \nb \nc", List.of(new Step("trim", "[ \\t]+$", ""))).text())
        .isEqualTo("a\nb\nc");
    assertThat(LyricRuleEngine.apply("a\nb", List.of(new Step("mark", "^", "> "))).text())
        .isEqualTo("> a\n> b");
  }

  @Test
  void turnsWindowsAndOldMacLineEndingsIntoNewlines() {
    assertThat(LyricRuleEngine.apply("a\r\nb\rc", List.of()).text()).isEqualTo("a\nb\nc");
  }

  @Test
  void aRealNewlineInTheReplacementIsANewlineButBackslashNIsJustN() {
    assertThat(LyricRuleEngine.apply("a, b", List.of(new Step("s", ", ", ",\n"))).text())
        .isEqualTo("a,\nb");
    // Java's replacement syntax: a backslash quotes the next character (JavaScript keeps both).
    assertThat(LyricRuleEngine.apply("a, b", List.of(new Step("s", ", ", ",\\n"))).text())
        .isEqualTo("a,nb");
    assertThat(LyricRuleEngine.apply("ab", List.of(new Step("g", "(a)(b)", "$2$1"))).text())
        .isEqualTo("ba");
  }

  @Test
  void stopsARunawayRuleAndNamesIt() {
    // No nested group, so the write check lets it through, but it is O(n^4) on a line without '='.
    String text = "x".repeat(300);
    assertThatThrownBy(
            () -> LyricRuleEngine.apply(text, List.of(new Step("Greedy", ".*.*.*.*=", ""))))
        .isInstanceOf(RuleApplicationFailure.class)
        .hasMessageContaining("Rule \"Greedy\" was stopped after")
        .satisfies(e -> assertThat(((RuleApplicationFailure) e).ruleName()).isEqualTo("Greedy"));
  }

  @Test
  void linearRulesStayWellInsideTheBudgetOnLongTexts() {
    String verse = "We were running down the avenue, the night was young   \n\n\n\n";
    String text = verse.repeat(100_000 / verse.length());
    StepBudgetedText counted = new StepBudgetedText(text, Long.MAX_VALUE);
    java.util.regex.Pattern.compile("[ \\t\\u00A0]+$", LyricRuleEngine.FLAGS)
        .matcher(counted)
        .replaceAll("");
    assertThat(counted.steps()).isLessThan(LyricRuleEngine.budgetFor(text) / 20);
    assertThat(LyricRuleEngine.apply(text, List.of(new Step("collapse", "\\n{3,}", "\n\n"))).text())
        .doesNotContain("\n\n\n");
  }

  @Test
  void aBrokenStoredReplacementNamesTheRule() {
    assertThatThrownBy(() -> LyricRuleEngine.apply("a", List.of(new Step("Bad", "(a)", "$3"))))
        .isInstanceOf(RuleApplicationFailure.class)
        .hasMessage("Rule \"Bad\" could not be applied: No group 3");
  }

  @Test
  void aStoredPatternThatDoesNotCompileNamesTheRule() {
    assertThatThrownBy(() -> LyricRuleEngine.apply("a", List.of(new Step("Open", "(a", ""))))
        .isInstanceOf(RuleApplicationFailure.class)
        .hasMessageContaining("Open");
  }
}
