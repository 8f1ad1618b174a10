package dev.macai.chat.conversation.service;

import dev.macai.chat.conversation.domain.ContextMeter;

/** A question and its stored answer, with the window's fill level afterwards. */
public record Exchange(Message userMessage, Message assistantMessage, ContextMeter context) {}
