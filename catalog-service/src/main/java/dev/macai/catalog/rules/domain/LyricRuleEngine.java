package dev.macai.catalog.rules.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Runs rules over a text, one after the other, each as {@code Matcher.replaceAll} with Java regex
 * semantics and {@link #FLAGS}. The caller decides the order.
 */
public final class LyricRuleEngine {

  /**
   * {@code ^} and {@code $} match at every line, which is what lyric rules are about; everything
   * else (case, dotall, Unicode classes) is up to the rule through inline flags such as {@code
   * (?i)}.
   */
  public static final int FLAGS = Pattern.MULTILINE;

  /**
   * Matching work allowed per rule: a fixed allowance plus a generous multiple of the text length.
   * Linear patterns read each character a handful of times; catastrophic ones read it millions.
   */
  static final long BASE_STEPS = 1_000_000;

  static final long STEPS_PER_CHAR = 200;

  /** One rule as the engine needs it: the replacement is plain text, already decoded. */
  public record Step(String name, String pattern, String replacement) {}

  /** The rewritten text and the names of the rules that changed it, in the order they ran. */
  public record Outcome(String text, List<String> applied) {}

  private LyricRuleEngine() {}

  /**
   * Line endings become {@code \n} first, so a rule never has to care whether the text was pasted
   * on Windows.
   *
   * @throws RuleApplicationFailure naming the rule that could not run on this text
   */
  public static Outcome apply(String text, List<Step> steps) {
    String current = text.replace("\r\n", "\n").replace('\r', '\n');
    List<String> applied = new ArrayList<>();
    for (Step step : steps) {
      String next = run(step, current);
      if (!next.equals(current)) {
        applied.add(step.name());
      }
      current = next;
    }
    return new Outcome(current, List.copyOf(applied));
  }

  static long budgetFor(String text) {
    return BASE_STEPS + STEPS_PER_CHAR * text.length();
  }

  private static String run(Step step, String text) {
    Pattern pattern;
    try {
      pattern = Pattern.compile(step.pattern(), FLAGS);
    } catch (PatternSyntaxException e) {
      throw RuleApplicationFailure.broken(step.name(), "its pattern does not compile.");
    }
    long budget = budgetFor(text);
    Matcher matcher = pattern.matcher(new StepBudgetedText(text, budget));
    try {
      return matcher.replaceAll(step.replacement());
    } catch (StepBudgetedText.BudgetExhausted e) {
      throw RuleApplicationFailure.tooManySteps(step.name(), budget);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      // Bad group references in the replacement; refused on write, but rows can predate that check.
      throw RuleApplicationFailure.broken(step.name(), e.getMessage());
    } catch (StackOverflowError e) {
      // Java matches repeated groups recursively; a long text can overflow the stack.
      throw RuleApplicationFailure.broken(step.name(), "the text is too long for its pattern.");
    }
  }
}
