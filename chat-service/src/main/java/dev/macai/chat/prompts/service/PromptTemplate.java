package dev.macai.chat.prompts.service;

import dev.macai.chat.prompts.repository.PromptTemplateEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A stored template, detached from the persistence context. */
public record PromptTemplate(
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

  static PromptTemplate of(PromptTemplateEntity entity) {
    return new PromptTemplate(
        entity.id,
        entity.category,
        entity.action,
        entity.preCondition,
        entity.postCondition,
        entity.description,
        entity.version,
        entity.model,
        entity.temperature,
        entity.maxTokens,
        entity.active,
        entity.createdAt,
        entity.updatedAt);
  }
}
