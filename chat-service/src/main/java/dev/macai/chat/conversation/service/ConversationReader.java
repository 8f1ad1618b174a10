package dev.macai.chat.conversation.service;

import dev.macai.chat.conversation.repository.ArchivedMessageRepository;
import dev.macai.chat.conversation.repository.ConversationEntity;
import dev.macai.chat.conversation.repository.ConversationRepository;
import dev.macai.chat.conversation.repository.MessageEntity;
import dev.macai.chat.conversation.repository.MessageRepository;
import dev.macai.platform.failure.ServiceFailure;
import dev.macai.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Reads a user's conversations: pages of them, pages of their messages, the whole transcript, the
 * history a prompt is built from. Opens no transaction of its own; somebody else's conversation is
 * not found, exactly like a missing one.
 */
@ApplicationScoped
class ConversationReader {

  private final ConversationRepository conversations;
  private final MessageRepository messages;
  private final ArchivedMessageRepository archive;

  ConversationReader(
      ConversationRepository conversations,
      MessageRepository messages,
      ArchivedMessageRepository archive) {
    this.conversations = conversations;
    this.messages = messages;
    this.archive = archive;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  Page<Conversation> list(UUID userId, ConversationQuery query) {
    ConversationRepository.Filter filter = query.filter();
    List<Conversation> items =
        conversations
            .search(
                userId,
                filter,
                query.sortByTitle(),
                query.descending(),
                query.limit(),
                query.offset())
            .stream()
            .map(Conversation::of)
            .toList();
    return new Page<>(
        items, conversations.countMatching(userId, filter), query.limit(), query.offset());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  Conversation get(UUID userId, UUID id) {
    return Conversation.of(owned(userId, id));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  ConversationDetail detail(UUID userId, UUID id, int limit, int offset) {
    Conversation conversation = get(userId, id);
    List<Message> page =
        messages.pageFromNewest(id, limit, offset).stream().map(Message::of).toList();
    return new ConversationDetail(
        conversation, new Page<>(page, messages.countOf(id), limit, offset));
  }

  /** Every message, archived ones included, in time order; a summary after what it replaced. */
  @Transactional(Transactional.TxType.SUPPORTS)
  Transcript transcript(UUID userId, UUID id) {
    Conversation conversation = get(userId, id);
    List<Message> all =
        Stream.concat(
                messages.listOf(id).stream().map(Message::of),
                archive.listOf(id).stream().map(Message::of))
            .sorted(
                Comparator.comparing(Message::createdAt)
                    .thenComparing(m -> m.summary() ? 1 : 0)
                    .thenComparing(Message::id))
            .toList();
    return new Transcript(conversation, all);
  }

  /** The history before the last assistant reply, which must be {@code messageId}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  Turn regenerationOf(UUID userId, UUID id, UUID messageId) {
    Conversation conversation = get(userId, id);
    MessageEntity reply =
        messages.findIn(id, messageId).orElseThrow(() -> ServiceFailure.notFound("message"));
    MessageEntity last = messages.newest(id).orElseThrow();
    if (!"assistant".equals(reply.role) || !last.id.equals(reply.id)) {
      throw ServiceFailure.conflict("Only the last assistant reply can be regenerated.");
    }
    return new Turn(conversation, history(id, reply.id), Message.of(reply));
  }

  /** The entity, for a caller that changes it in its own transaction. */
  ConversationEntity owned(UUID userId, UUID id) {
    return conversations
        .findOwned(id, userId)
        .orElseThrow(() -> ServiceFailure.notFound("conversation"));
  }

  /**
   * Messages a prompt may contain, oldest first, up to {@code before} (null: all): failed questions
   * got no answer, so they are left out.
   */
  List<Message> history(UUID conversationId, UUID before) {
    List<Message> history = new ArrayList<>();
    for (MessageEntity message : messages.listOf(conversationId)) {
      if (message.id.equals(before)) {
        break;
      }
      if (!Message.FAILED.equals(message.status)) {
        history.add(Message.of(message));
      }
    }
    return history;
  }
}
