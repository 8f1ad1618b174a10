package dev.macai.chat.conversation.service;

/** The list's filters and order; null filters do not narrow. */
public record ConversationQuery(
    String q,
    String provider,
    Boolean archived,
    String tag,
    boolean sortByTitle,
    boolean descending,
    int limit,
    int offset) {}
