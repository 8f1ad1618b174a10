package dev.macai.chat.conversation.service;

import dev.macai.chat.common.domain.ChatPrompt;
import dev.macai.chat.common.domain.ChatTurn;
import dev.macai.chat.conversation.domain.ContextBudget;
import dev.macai.chat.prompts.domain.PromptBuilder;
import dev.macai.chat.prompts.service.PromptTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What a conversation sends its provider: the next reply's prompt, or the summary request. */
final class ConversationPrompts {

  private ConversationPrompts() {}

  /** System context first, then the newest history that fits the window minus the reply reserve. */
  static ChatPrompt reply(Conversation conversation, List<Message> history) {
    int systemTokens = ContextBudget.estimateTokens(conversation.systemContext());
    ContextBudget.Selection selection =
        ContextBudget.select(
            systemTokens,
            history.stream().map(ConversationPrompts::tokens).toList(),
            conversation.contextWindowSize());
    List<ChatTurn> turns = new ArrayList<>();
    if (conversation.systemContext() != null && !conversation.systemContext().isBlank()) {
      turns.add(ChatTurn.system(conversation.systemContext()));
    }
    for (Message message : history.subList(selection.from(), history.size())) {
      turns.add(new ChatTurn(message.role(), message.content()));
    }
    return new ChatPrompt(
        conversation.model(), turns, conversation.contextWindowSize(), null, null);
  }

  /** {@code older} as one labelled excerpt, wrapped in the compress template's conditions. */
  static ChatPrompt summary(
      Conversation conversation, List<Message> older, PromptTemplate template) {
    String excerpt =
        older.stream()
            .map(m -> label(m) + ": " + m.content().strip())
            .collect(Collectors.joining("\n\n"));
    String text =
        PromptBuilder.build(template.preCondition(), null, excerpt, template.postCondition());
    return new ChatPrompt(
        conversation.model(),
        List.of(ChatTurn.user(text)),
        conversation.contextWindowSize(),
        template.temperature() == null ? null : template.temperature().doubleValue(),
        template.maxTokens());
  }

  private static int tokens(Message message) {
    return message.tokenCount() > 0
        ? message.tokenCount()
        : ContextBudget.estimateTokens(message.content());
  }

  private static String label(Message message) {
    return switch (message.role()) {
      case "user" -> "User";
      case "assistant" -> "Assistant";
      default -> message.summary() ? "Summary of earlier messages" : "System";
    };
  }
}
