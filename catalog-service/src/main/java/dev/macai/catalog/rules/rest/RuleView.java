package dev.macai.catalog.rules.rest;

import dev.macai.catalog.rules.service.LyricRule;
import java.time.Instant;
import java.util.UUID;

/** A rule as clients see it: the replacement in plain text, never the stored Base64. */
public record RuleView(
    UUID id,
    String name,
    String description,
    String pattern,
    String replacement,
    String ruleType,
    boolean active,
    int order,
    Instant createdAt,
    Instant updatedAt) {

  static RuleView of(LyricRule rule) {
    return new RuleView(
        rule.id(),
        rule.name(),
        rule.description(),
        rule.pattern(),
        rule.replacement(),
        rule.ruleType().wireName(),
        rule.active(),
        rule.order(),
        rule.createdAt(),
        rule.updatedAt());
  }
}
