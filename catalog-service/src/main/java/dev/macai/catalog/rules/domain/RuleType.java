package dev.macai.catalog.rules.domain;

import java.util.Locale;

/**
 * What a rule is for. The declaration order is the order in which {@code apply} runs the types when
 * the caller asks for all of them: cleanup first, so section headers are recognised on tidy lines.
 */
public enum RuleType {
  CLEANUP,
  SECTION;

  /** The name clients send and receive, and the value of the {@code rule_type} column. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RuleType fromWireName(String wireName) {
    return valueOf(wireName.toUpperCase(Locale.ROOT));
  }
}
