package dev.macai.chat.conversation.service;

import dev.macai.platform.paging.Page;

/** A conversation with one page of its messages (offset counted back from the newest). */
public record ConversationDetail(Conversation conversation, Page<Message> messages) {}
