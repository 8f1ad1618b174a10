package dev.macai.chat.prompts.service;

import java.math.BigDecimal;

/** What an admin writes; {@code active} null means "leave as is" (true on create). */
public record TemplateDraft(
    String preCondition,
    String postCondition,
    String description,
    String model,
    BigDecimal temperature,
    int maxTokens,
    Boolean active) {}
