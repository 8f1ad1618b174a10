package dev.macai.chat.conversation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.macai.chat.common.domain.ModelLifecycle;
import dev.macai.chat.conversation.service.Conversation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A conversation. {@code model_status} is {@code available}, {@code retiring} (a shutdown date is
 * announced: {@code model_shutdown_date}), {@code retired} (past it, or no longer offered: sending
 * answers 409 {@code model_retired}) or {@code unknown} (the provider could not be asked); {@code
 * replacement_model} is the model to switch to while retiring or retired.
 */
public record ConversationView(
    UUID id,
    String title,
    String provider,
    String model,
    String systemContext,
    int contextWindowSize,
    int currentTokenCount,
    boolean archived,
    boolean pinned,
    List<String> tags,
    ContextView context,
    String modelStatus,
    @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate modelShutdownDate,
    @JsonInclude(JsonInclude.Include.ALWAYS) String replacementModel,
    Instant createdAt,
    Instant updatedAt) {

  static ConversationView of(Conversation c) {
    ModelLifecycle lifecycle = c.lifecycle() == null ? ModelLifecycle.unknown() : c.lifecycle();
    return new ConversationView(
        c.id(),
        c.title(),
        c.provider(),
        c.model(),
        c.systemContext(),
        c.contextWindowSize(),
        c.currentTokenCount(),
        c.archived(),
        c.pinned(),
        c.tags(),
        ContextView.of(c.context()),
        lifecycle.status().wireName(),
        lifecycle.shutdownDate(),
        lifecycle.replacement(),
        c.createdAt(),
        c.updatedAt());
  }
}
