package dev.macai.chat.conversation.service;

import dev.macai.chat.common.domain.ModelLifecycle;
import dev.macai.chat.conversation.domain.ContextMeter;
import dev.macai.chat.conversation.repository.ConversationEntity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversation, detached from the persistence context. {@code lifecycle} says whether its model
 * is still served; the storing classes leave it null and {@link ConversationService} fills it in.
 */
public record Conversation(
    UUID id,
    String title,
    String provider,
    String model,
    String systemContext,
    int contextWindowSize,
    int currentTokenCount,
    boolean archived,
    boolean pinned,
    List<String> tags,
    Instant createdAt,
    Instant updatedAt,
    ModelLifecycle lifecycle) {

  static Conversation of(ConversationEntity e) {
    return new Conversation(
        e.id,
        e.title,
        e.provider,
        e.model,
        e.systemContext,
        e.contextWindowSize,
        e.currentTokenCount,
        e.archived,
        e.pinned,
        e.tags == null ? List.of() : List.of(e.tags),
        e.createdAt,
        e.updatedAt,
        null);
  }

  Conversation withLifecycle(ModelLifecycle modelLifecycle) {
    return new Conversation(
        id,
        title,
        provider,
        model,
        systemContext,
        contextWindowSize,
        currentTokenCount,
        archived,
        pinned,
        tags,
        createdAt,
        updatedAt,
        modelLifecycle);
  }

  public ContextMeter context() {
    return ContextMeter.of(currentTokenCount, contextWindowSize);
  }
}
