package dev.macai.chat.conversation.service;

import java.util.List;

/** A new conversation; a null {@code contextWindowSize} means the model's real window. */
public record ConversationDraft(
    String title,
    String provider,
    String model,
    String systemContext,
    Integer contextWindowSize,
    List<String> tags) {}
