package dev.macai.catalog.rules.rest;

import dev.macai.catalog.rules.domain.RuleType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A text to clean up; without {@code rule_type}, cleanup rules run first, then section rules. */
public record ApplyRequest(
    @NotNull @Size(max = 100_000) String text,
    @Pattern(regexp = "cleanup|section", message = "must be cleanup or section") String ruleType) {

  RuleType ruleTypeOrNull() {
    return ruleType == null ? null : RuleType.fromWireName(ruleType);
  }
}
