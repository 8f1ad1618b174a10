package dev.macai.catalog.rules.domain;

/** A stored rule could not be applied to the caller's text; the message names the rule. */
public final class RuleApplicationFailure extends RuntimeException {

  private final String ruleName;

  private RuleApplicationFailure(String ruleName, String message) {
    super(message, null, false, false);
    this.ruleName = ruleName;
  }

  static RuleApplicationFailure tooManySteps(String ruleName, long budget) {
    return new RuleApplicationFailure(
        ruleName,
        "Rule \""
            + ruleName
            + "\" was stopped after "
            + budget
            + " matching steps on this text: its pattern backtracks too much. Simplify the"
            + " pattern or deactivate the rule.");
  }

  static RuleApplicationFailure broken(String ruleName, String reason) {
    return new RuleApplicationFailure(
        ruleName, "Rule \"" + ruleName + "\" could not be applied: " + reason);
  }

  public String ruleName() {
    return ruleName;
  }
}
