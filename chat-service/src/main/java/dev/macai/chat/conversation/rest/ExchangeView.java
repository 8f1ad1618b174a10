package dev.macai.chat.conversation.rest;

import dev.macai.chat.conversation.service.Exchange;

public record ExchangeView(
    MessageView userMessage, MessageView assistantMessage, ContextView context) {

  static ExchangeView of(Exchange e) {
    return new ExchangeView(
        MessageView.of(e.userMessage()),
        MessageView.of(e.assistantMessage()),
        ContextView.of(e.context()));
  }
}
