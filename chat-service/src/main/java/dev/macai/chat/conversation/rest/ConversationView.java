package dev.macai.chat.conversation.rest;

import dev.macai.chat.conversation.service.Conversation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ConversationView(
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
    ContextView context,
    Instant createdAt,
    Instant updatedAt) {

  static ConversationView of(Conversation c) {
    return new ConversationView(
        c.id(),
        c.title(),
        c.provider(),
        c.model(),
        c.systemContext(),
        c.contextWindowSize(),
        c.currentTokenCount(),
        c.archived(),
        c.pinned(),
        c.tags(),
        ContextView.of(c.context()),
        c.createdAt(),
        c.updatedAt());
  }
}
