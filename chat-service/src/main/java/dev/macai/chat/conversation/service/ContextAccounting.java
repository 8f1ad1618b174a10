package dev.macai.chat.conversation.service;

import dev.macai.chat.common.domain.ChatCompletion;
import dev.macai.chat.conversation.domain.ContextBudget;
import dev.macai.chat.conversation.repository.ConversationEntity;
import dev.macai.chat.conversation.repository.ConversationRepository;
import dev.macai.chat.conversation.repository.MessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/**
 * What a conversation occupies of its context window: the meter every write moves. Runs inside the
 * caller's transaction.
 */
@ApplicationScoped
class ContextAccounting {

  private final ConversationRepository conversations;
  private final MessageRepository messages;

  ContextAccounting(ConversationRepository conversations, MessageRepository messages) {
    this.conversations = conversations;
    this.messages = messages;
  }

  /**
   * The context meter: the system context plus every message that the next prompt would want
   * (replies counted by the provider, questions estimated). A sum of stored counts, so compress and
   * restore move it exactly, and a history longer than the window shows as more than 100 %.
   */
  int storedTokens(ConversationEntity conversation) {
    long total =
        ContextBudget.estimateTokens(conversation.systemContext)
            + messages.tokensOf(conversation.id);
    return (int) Math.min(Integer.MAX_VALUE, total);
  }

  /**
   * Two replies stored at once for one conversation would each sum the tokens without the other's
   * uncommitted message; the row lock makes the second wait, and its sum then sees the first. Null
   * when the conversation is gone.
   */
  ConversationEntity lockedForTokens(UUID conversationId) {
    return conversations.findById(conversationId, LockModeType.PESSIMISTIC_WRITE);
  }

  /** What the provider counted for a reply; an estimate when it counted nothing. */
  static int replyTokens(ChatCompletion completion) {
    return completion.completionTokens() > 0
        ? completion.completionTokens()
        : ContextBudget.estimateTokens(completion.content());
  }
}
