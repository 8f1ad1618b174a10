package dev.macai.catalog.rules.service;

import dev.macai.catalog.rules.domain.RuleType;

/**
 * A rule as an admin writes it. {@code active} and {@code order} may be null: on create that means
 * active and appended at the end, on update it means unchanged.
 */
public record RuleDraft(
    String name,
    String description,
    String pattern,
    String replacement,
    RuleType ruleType,
    Boolean active,
    Integer order) {}
