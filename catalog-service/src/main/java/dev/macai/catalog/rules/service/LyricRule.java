package dev.macai.catalog.rules.service;

import dev.macai.catalog.rules.domain.ReplacementCodec;
import dev.macai.catalog.rules.domain.RuleType;
import dev.macai.catalog.rules.repository.LyricParsingRuleEntity;
import dev.macai.platform.failure.ServiceFailure;
import java.time.Instant;
import java.util.UUID;

/** A rule as the service hands it out, with its replacement decoded to plain text. */
public record LyricRule(
    UUID id,
    String name,
    String description,
    String pattern,
    String replacement,
    RuleType ruleType,
    boolean active,
    int order,
    Instant createdAt,
    Instant updatedAt) {

  static LyricRule of(LyricParsingRuleEntity rule) {
    return new LyricRule(
        rule.id,
        rule.name,
        rule.description,
        rule.pattern,
        decodedReplacement(rule),
        RuleType.fromWireName(rule.ruleType),
        rule.active,
        rule.sortOrder,
        rule.createdAt,
        rule.updatedAt);
  }

  static String decodedReplacement(LyricParsingRuleEntity rule) {
    try {
      return ReplacementCodec.decode(rule.replacementBase64);
    } catch (IllegalArgumentException e) {
      throw ServiceFailure.internal(
          "The replacement of rule " + rule.id + " is not valid Base64 in the database.");
    }
  }
}
