package dev.macai.catalog.rules.rest;

import dev.macai.catalog.rules.domain.LyricRuleEngine;
import java.util.List;

/** The rewritten text and the names of the rules that changed something, in the order they ran. */
public record ApplyResponse(String text, List<String> applied) {

  static ApplyResponse of(LyricRuleEngine.Outcome outcome) {
    return new ApplyResponse(outcome.text(), outcome.applied());
  }
}
