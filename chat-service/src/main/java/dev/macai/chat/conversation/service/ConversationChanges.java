package dev.macai.chat.conversation.service;

import java.util.List;

/** A partial update: null fields stay as they are. */
public record ConversationChanges(
    String title,
    String systemContext,
    String model,
    Boolean archived,
    Boolean pinned,
    List<String> tags) {}
