package dev.macai.chat.conversation.service;

import dev.macai.chat.common.domain.ChatCompletion;
import dev.macai.chat.conversation.repository.ArchivedMessageEntity;
import dev.macai.chat.conversation.repository.ArchivedMessageRepository;
import dev.macai.chat.conversation.repository.ConversationEntity;
import dev.macai.chat.conversation.repository.ConversationRepository;
import dev.macai.chat.conversation.repository.MessageEntity;
import dev.macai.chat.conversation.repository.MessageRepository;
import dev.macai.platform.failure.ServiceFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Compression's storage: older messages move to the archive behind one summary message, and come
 * back on restore. Both lock the conversation, so they run one after another with sends.
 */
@ApplicationScoped
class MessageArchive {

  private final ConversationRepository conversations;
  private final MessageRepository messages;
  private final ArchivedMessageRepository archive;
  private final ConversationReader reader;
  private final ContextAccounting accounting;

  MessageArchive(
      ConversationRepository conversations,
      MessageRepository messages,
      ArchivedMessageRepository archive,
      ConversationReader reader,
      ContextAccounting accounting) {
    this.conversations = conversations;
    this.messages = messages;
    this.archive = archive;
    this.reader = reader;
    this.accounting = accounting;
  }

  /** The messages compress would replace: all but the newest {@code keepLast}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  Turn compressionOf(UUID userId, UUID id, int keepLast) {
    Conversation conversation = reader.get(userId, id);
    List<MessageEntity> all = messages.listOf(id);
    if (all.size() <= keepLast) {
      throw ServiceFailure.conflict(
          "Nothing to compress: the conversation has " + all.size() + " messages.");
    }
    List<Message> older = all.subList(0, all.size() - keepLast).stream().map(Message::of).toList();
    return new Turn(conversation, older, null);
  }

  /**
   * Moves {@code older} to the archive and puts the summary in their place, in one transaction.
   * Refuses (409) when the conversation changed so that {@code older} is no longer its oldest part.
   */
  @Transactional
  Conversation applyCompression(UUID userId, UUID id, List<Message> older, ChatCompletion summary) {
    ConversationEntity conversation = locked(userId, id);
    List<MessageEntity> all = messages.listOf(id);
    requireOldest(all, older);
    Instant now = StoredTime.now();
    List<MessageEntity> replaced = all.subList(0, older.size());
    // It stands where the archived messages stood: before every message that was kept.
    MessageEntity summaryMessage =
        summaryMessage(id, summary, replaced.get(replaced.size() - 1).createdAt);
    for (MessageEntity message : replaced) {
      archive.persist(archived(message, summaryMessage.id, now));
      messages.delete(message);
    }
    messages.flush();
    messages.persist(summaryMessage);
    conversation.currentTokenCount = accounting.storedTokens(conversation);
    conversation.updatedAt = now;
    return Conversation.of(conversation);
  }

  /** Puts every archived message back and removes the summaries that stood for them. */
  @Transactional
  Conversation restoreArchive(UUID userId, UUID id) {
    ConversationEntity conversation = locked(userId, id);
    List<ArchivedMessageEntity> archived = archive.listOf(id);
    if (archived.isEmpty()) {
      throw ServiceFailure.conflict("The conversation has no archived messages.");
    }
    Set<UUID> summaries = new HashSet<>();
    for (ArchivedMessageEntity old : archived) {
      summaries.add(old.summaryMessageId);
      archive.delete(old);
    }
    archive.flush();
    for (ArchivedMessageEntity old : archived) {
      messages.persist(restored(old));
    }
    messages.flush();
    for (UUID summaryId : summaries) {
      messages.deleteById(summaryId);
    }
    conversation.currentTokenCount = accounting.storedTokens(conversation);
    conversation.updatedAt = StoredTime.now();
    return Conversation.of(conversation);
  }

  private ConversationEntity locked(UUID userId, UUID id) {
    return conversations
        .lockOwned(id, userId)
        .orElseThrow(() -> ServiceFailure.notFound("conversation"));
  }

  private static void requireOldest(List<MessageEntity> all, List<Message> older) {
    if (all.size() < older.size()
        || !all.subList(0, older.size()).stream()
            .map(m -> m.id)
            .toList()
            .equals(older.stream().map(Message::id).toList())) {
      throw ServiceFailure.conflict("The conversation changed while it was being summarised.");
    }
  }

  private static MessageEntity summaryMessage(
      UUID conversationId, ChatCompletion summary, Instant createdAt) {
    MessageEntity m = new MessageEntity();
    m.id = UUID.randomUUID();
    m.conversationId = conversationId;
    m.role = "system";
    m.content = summary.content().strip();
    m.tokenCount = ContextAccounting.replyTokens(summary);
    m.status = Message.COMPLETE;
    m.summary = true;
    m.createdAt = createdAt;
    return m;
  }

  private static ArchivedMessageEntity archived(MessageEntity m, UUID summaryId, Instant now) {
    ArchivedMessageEntity a = new ArchivedMessageEntity();
    a.id = m.id;
    a.conversationId = m.conversationId;
    a.role = m.role;
    a.content = m.content;
    a.tokenCount = m.tokenCount;
    a.status = m.status;
    a.summary = m.summary;
    a.createdAt = m.createdAt;
    a.summaryMessageId = summaryId;
    a.archivedAt = now;
    return a;
  }

  private static MessageEntity restored(ArchivedMessageEntity a) {
    MessageEntity m = new MessageEntity();
    m.id = a.id;
    m.conversationId = a.conversationId;
    m.role = a.role;
    m.content = a.content;
    m.tokenCount = a.tokenCount;
    m.status = a.status;
    m.summary = a.summary;
    m.createdAt = a.createdAt;
    return m;
  }
}
