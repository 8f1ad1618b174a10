package dev.macai.catalog.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatternSafetyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(a+)+",
        "(.*)*",
        "(\\w+\\s?)*",
        "(a*){2,}",
        "(?:x+y?)+",
        "((a+))*",
        "(?<word>\\w+ )+",
        "(?i:[a-z]+,)*",
        "(a+){5}",
        "(a+?)+?",
        "^(\\s*\\n){3,}"
      })
  void refusesNestedRepetition(String regex) {
    assertThat(PatternSafety.patternViolation(regex))
        .hasValueSatisfying(reason -> assertThat(reason).startsWith("looks catastrophic"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[ \\t]+$",
        "\\n{3,}",
        "(ab)+",
        "(a+)?",
        "(a+){1}",
        "(a++)+",
        "(?>a+)+",
        "(a+)*+",
        "[(a+)+]",
        "\\(a+\\)+",
        "\\Q(a+)+\\E",
        "(?i)(ab)+",
        "(?i)^chorus:$",
        "\\p{L}+(x)+",
        "[]a]+(b)*",
        "(?<=a+)b",
        "a{2,}(b)+"
      })
  void acceptsPatternsWithoutNestedRepetition(String regex) {
    assertThat(PatternSafety.patternViolation(regex)).isEmpty();
  }

  @Test
  void namesTheSyntaxErrorAndWhereItIs() {
    assertThat(PatternSafety.patternViolation("(abc"))
        .contains("is not a valid regular expression: Unclosed group near index 4");
    assertThat(PatternSafety.patternViolation("a{2"))
        .hasValueSatisfying(reason -> assertThat(reason).contains("Unclosed counted closure"));
  }

  @Test
  void quotesTheOffendingGroup() {
    assertThat(PatternSafety.patternViolation("^x(\\w+\\s?)*$"))
        .hasValueSatisfying(reason -> assertThat(reason).contains("(\\w+\\s?)*"));
  }

  @Test
  void replacementMayReferToExistingGroupsOnly() {
    assertThat(PatternSafety.replacementViolation("(a)(b)", "$2$1")).isEmpty();
    assertThat(PatternSafety.replacementViolation("(?<x>a)", "${x}")).isEmpty();
    assertThat(PatternSafety.replacementViolation("a", ",\n")).isEmpty();
    assertThat(PatternSafety.replacementViolation("(a)", "$2"))
        .contains("does not fit the pattern: No group 2");
    assertThat(PatternSafety.replacementViolation("(a)", "${x}")).isPresent();
    assertThat(PatternSafety.replacementViolation("a", "costs $x")).isPresent();
    assertThat(PatternSafety.replacementViolation("a", "ends in \\")).isPresent();
  }

  @Test
  void aTrailingCommentDoesNotHideTheProbe() {
    assertThat(PatternSafety.replacementViolation("(?x) (a) # one group", "$2")).isPresent();
  }
}
