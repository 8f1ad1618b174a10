package dev.macai.chat.conversation.service;

import dev.macai.chat.conversation.domain.ContextBudget;
import dev.macai.chat.conversation.repository.ConversationEntity;
import dev.macai.chat.conversation.repository.ConversationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Creates, changes and deletes a user's conversations, one transaction each. The window comes
 * decided: asking the provider for it happens before, outside any transaction.
 */
@ApplicationScoped
class ConversationWriter {

  private final ConversationRepository conversations;
  private final ConversationReader reader;
  private final ContextAccounting accounting;

  ConversationWriter(
      ConversationRepository conversations,
      ConversationReader reader,
      ContextAccounting accounting) {
    this.conversations = conversations;
    this.reader = reader;
    this.accounting = accounting;
  }

  @Transactional
  Conversation create(UUID userId, ConversationDraft draft, int window) {
    Instant now = StoredTime.now();
    ConversationEntity entity = new ConversationEntity();
    entity.id = UUID.randomUUID();
    entity.userId = userId;
    entity.title = draft.title().strip();
    entity.provider = draft.provider();
    entity.model = draft.model().strip();
    entity.systemContext = blankToNull(draft.systemContext());
    entity.contextWindowSize = window;
    entity.currentTokenCount = ContextBudget.estimateTokens(entity.systemContext);
    entity.tags = tags(draft.tags());
    entity.createdAt = now;
    entity.updatedAt = now;
    conversations.persist(entity);
    return Conversation.of(entity);
  }

  /** {@code window} replaces the context window when the model changes (null: keep it). */
  @Transactional
  Conversation update(UUID userId, UUID id, ConversationChanges changes, Integer window) {
    ConversationEntity entity = reader.owned(userId, id);
    if (changes.title() != null) {
      entity.title = changes.title().strip();
    }
    if (changes.systemContext() != null) {
      entity.systemContext = blankToNull(changes.systemContext());
      entity.currentTokenCount = accounting.storedTokens(entity);
    }
    if (changes.model() != null) {
      entity.model = changes.model().strip();
      if (window != null) {
        entity.contextWindowSize = window;
      }
    }
    if (changes.archived() != null) {
      entity.archived = changes.archived();
    }
    if (changes.pinned() != null) {
      entity.pinned = changes.pinned();
    }
    if (changes.tags() != null) {
      entity.tags = tags(changes.tags());
    }
    entity.updatedAt = StoredTime.now();
    return Conversation.of(entity);
  }

  /** With all its messages and archived messages (the schema cascades). */
  @Transactional
  void delete(UUID userId, UUID id) {
    conversations.delete(reader.owned(userId, id));
  }

  private static String[] tags(List<String> tags) {
    return tags == null
        ? new String[0]
        : tags.stream().map(String::strip).distinct().toArray(String[]::new);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
