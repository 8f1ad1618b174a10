package dev.macai.chat.conversation.service;

import java.util.List;

/** What one provider call works on: the conversation, the history, the message at stake. */
record Turn(Conversation conversation, List<Message> history, Message message) {}
