package dev.macai.catalog.rules.domain;

/**
 * The text a rule runs on, counting every character the regex engine reads. Java's regex engine
 * reads the input only through {@link #charAt}, and backtracking re-reads it, so the count is a
 * deterministic measure of matching work: a runaway pattern exhausts the budget and is stopped,
 * where a wall-clock timeout would need a second thread and would make results depend on load.
 */
final class StepBudgetedText implements CharSequence {

  /** Thrown from inside the regex engine; {@link LyricRuleEngine} turns it into a rule failure. */
  static final class BudgetExhausted extends RuntimeException {
    BudgetExhausted() {
      super(null, null, false, false);
    }
  }

  private final String text;
  private final long budget;
  private long steps;

  StepBudgetedText(String text, long budget) {
    this.text = text;
    this.budget = budget;
  }

  @Override
  public char charAt(int index) {
    if (++steps > budget) {
      throw new BudgetExhausted();
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  /** Group values and unmatched stretches are copied, not matched: no budget needed. */
  @Override
  public CharSequence subSequence(int start, int end) {
    return text.substring(start, end);
  }

  @Override
  public String toString() {
    return text;
  }

  long steps() {
    return steps;
  }
}
