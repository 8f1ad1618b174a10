package dev.macai.chat.conversation.domain;

import java.time.Instant;

/** One message of an export, archived ones included. */
public record TranscriptEntry(
    String role,
    String content,
    Instant createdAt,
    String status,
    boolean summary,
    boolean archived) {}
