package dev.macai.chat.conversation.service;

import dev.macai.chat.conversation.repository.ArchivedMessageEntity;
import dev.macai.chat.conversation.repository.MessageEntity;
import java.time.Instant;
import java.util.UUID;

/** A stored message; {@code archived} is true for one compress moved to the archive. */
public record Message(
    UUID id,
    String role,
    String content,
    int tokenCount,
    String status,
    boolean summary,
    boolean archived,
    Instant createdAt) {

  static final String COMPLETE = "complete";

  /** A reply the listener left before it was finished: what came so far. */
  static final String INCOMPLETE = "incomplete";

  /** A question the provider failed to answer; prompts and the meter leave it out. */
  static final String FAILED = "failed";

  static Message of(MessageEntity e) {
    return new Message(
        e.id, e.role, e.content, e.tokenCount, e.status, e.summary, false, e.createdAt);
  }

  static Message of(ArchivedMessageEntity e) {
    return new Message(
        e.id, e.role, e.content, e.tokenCount, e.status, e.summary, true, e.createdAt);
  }
}
