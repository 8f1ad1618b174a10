package dev.macai.chat.prompts.rest;

import dev.macai.chat.prompts.service.PromptTemplate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

public record TemplateView(
    UUID id,
    String category,
    String action,
    String preCondition,
    String postCondition,
    String description,
    int version,
    String model,
    BigDecimal temperature,
    int maxTokens,
    boolean active,
    Instant createdAt,
    Instant updatedAt) {

  static TemplateView of(PromptTemplate template) {
    return new TemplateView(
        template.id(),
        template.category(),
        template.action(),
        template.preCondition(),
        template.postCondition(),
        template.description(),
        template.version(),
        template.model(),
        template.temperature(),
        template.maxTokens(),
        template.active(),
        template.createdAt(),
        template.updatedAt());
  }
}
