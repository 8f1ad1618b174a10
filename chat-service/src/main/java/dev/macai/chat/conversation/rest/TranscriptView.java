package dev.macai.chat.conversation.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.macai.chat.conversation.service.Transcript;
import java.util.List;

/** The JSON export: the conversation and every message, archived ones included, oldest first. */
public record TranscriptView(
    @JsonUnwrapped ConversationView conversation, List<MessageView> messages) {

  static TranscriptView of(Transcript t) {
    return new TranscriptView(
        ConversationView.of(t.conversation()), t.messages().stream().map(MessageView::of).toList());
  }
}
