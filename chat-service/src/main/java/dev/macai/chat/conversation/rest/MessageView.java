package dev.macai.chat.conversation.rest;

import dev.macai.chat.conversation.service.Message;
import java.time.Instant;
import java.util.UUID;

public record MessageView(
    UUID id,
    String role,
    String content,
    int tokenCount,
    String status,
    boolean summary,
    boolean archived,
    Instant createdAt) {

  static MessageView of(Message m) {
    return m == null
        ? null
        : new MessageView(
            m.id(),
            m.role(),
            m.content(),
            m.tokenCount(),
            m.status(),
            m.summary(),
            m.archived(),
            m.createdAt());
  }
}
