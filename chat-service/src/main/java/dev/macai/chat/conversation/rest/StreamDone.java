package dev.macai.chat.conversation.rest;

import dev.macai.chat.conversation.service.Exchange;
import java.util.UUID;

/** The data of the final {@code done} event of a streamed reply. */
public record StreamDone(UUID userMessageId, UUID assistantMessageId, ContextView context) {

  static StreamDone of(Exchange e) {
    return new StreamDone(
        e.userMessage().id(), e.assistantMessage().id(), ContextView.of(e.context()));
  }
}
