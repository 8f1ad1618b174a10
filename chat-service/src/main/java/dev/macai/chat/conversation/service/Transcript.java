package dev.macai.chat.conversation.service;

import java.util.List;

/** Everything a conversation holds, archived messages included, in time order. */
public record Transcript(Conversation conversation, List<Message> messages) {}
