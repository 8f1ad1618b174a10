package dev.macai.chat.conversation.service;

import dev.macai.chat.common.domain.ChatCompletion;
import dev.macai.chat.conversation.domain.ContextBudget;
import dev.macai.chat.conversation.repository.ConversationEntity;
import dev.macai.chat.conversation.repository.MessageEntity;
import dev.macai.chat.conversation.repository.MessageRepository;
import dev.macai.platform.failure.ServiceFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The short transactions on either side of a provider call: the question is committed before it,
 * the reply (or the question's failure) after it, so no database connection is held while a model
 * thinks. Each stored reply moves the context meter.
 */
@ApplicationScoped
class MessageWriter {

  private final MessageRepository messages;
  private final ConversationReader reader;
  private final ContextAccounting accounting;

  MessageWriter(
      MessageRepository messages, ConversationReader reader, ContextAccounting accounting) {
    this.messages = messages;
    this.reader = reader;
    this.accounting = accounting;
  }

  /** Stores the question in its own transaction, so it survives whatever the provider does. */
  @Transactional
  Turn addUserMessage(UUID userId, UUID id, String content) {
    ConversationEntity conversation = reader.owned(userId, id);
    MessageEntity message = new MessageEntity();
    message.id = UUID.randomUUID();
    message.conversationId = id;
    message.role = "user";
    message.content = content;
    message.tokenCount = ContextBudget.estimateTokens(content);
    message.status = Message.COMPLETE;
    message.createdAt = StoredTime.now();
    messages.persist(message);
    conversation.updatedAt = message.createdAt;
    return new Turn(Conversation.of(conversation), reader.history(id, null), Message.of(message));
  }

  @Transactional
  void markFailed(UUID messageId) {
    messages.findByIdOptional(messageId).ifPresent(message -> message.status = Message.FAILED);
  }

  /** Stores the reply and what the exchange occupies of the window. */
  @Transactional
  Exchange storeReply(
      Message question, UUID conversationId, ChatCompletion completion, String status) {
    ConversationEntity conversation = accounting.lockedForTokens(conversationId);
    if (conversation == null) {
      // Deleted while the provider answered: there is nothing left to attach the reply to.
      throw ServiceFailure.notFound("conversation");
    }
    MessageEntity reply = new MessageEntity();
    reply.id = UUID.randomUUID();
    reply.conversationId = conversationId;
    reply.role = "assistant";
    reply.content = completion.content();
    reply.tokenCount = ContextAccounting.replyTokens(completion);
    reply.status = status;
    reply.createdAt = StoredTime.now();
    messages.persist(reply);
    conversation.currentTokenCount = accounting.storedTokens(conversation);
    conversation.updatedAt = reply.createdAt;
    MessageEntity user = messages.findById(question.id());
    return new Exchange(
        user == null ? question : Message.of(user),
        Message.of(reply),
        Conversation.of(conversation).context());
  }

  @Transactional
  Exchange replaceReply(UUID conversationId, UUID replyId, ChatCompletion completion) {
    ConversationEntity conversation = accounting.lockedForTokens(conversationId);
    MessageEntity reply = messages.findById(replyId);
    if (conversation == null || reply == null) {
      throw ServiceFailure.notFound("message");
    }
    reply.content = completion.content();
    reply.tokenCount = ContextAccounting.replyTokens(completion);
    reply.status = Message.COMPLETE;
    conversation.currentTokenCount = accounting.storedTokens(conversation);
    conversation.updatedAt = StoredTime.now();
    return new Exchange(null, Message.of(reply), Conversation.of(conversation).context());
  }
}
