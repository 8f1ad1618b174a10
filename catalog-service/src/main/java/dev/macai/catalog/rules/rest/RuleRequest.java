package dev.macai.catalog.rules.rest;

import dev.macai.catalog.rules.domain.RuleType;
import dev.macai.catalog.rules.service.RuleDraft;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A rule as an admin writes it, for create and update alike. {@code replacement} is plain text (a
 * real newline is a newline) and may be empty, which deletes what the pattern matches.
 */
@ValidRule
public record RuleRequest(
    @NotBlank @Size(max = 200) String name,
    @Size(max = 2000) String description,
    @NotBlank @Size(max = 2000) String pattern,
    @NotNull @Size(max = 2000) String replacement,
    @NotNull @Pattern(regexp = "cleanup|section", message = "must be cleanup or section")
        String ruleType,
    Boolean active,
    @Min(0) @Max(1_000_000) Integer order) {

  RuleDraft toDraft() {
    return new RuleDraft(
        name, description, pattern, replacement, RuleType.fromWireName(ruleType), active, order);
  }
}
