package dev.macai.chat.openai.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.macai.chat.openai.domain.OpenAiModel;
import java.time.LocalDate;

/**
 * A chat model the picker offers. {@code available} is null (and still sent) when OpenAI could not
 * be asked; {@code shutdown_date} is OpenAI's announced date (null when none) and {@code status}
 * says {@code retiring} while one is announced; {@code is_default} marks the configured default.
 */
public record OpenAiModelView(
    String name,
    int contextWindow,
    @JsonInclude(JsonInclude.Include.ALWAYS) Boolean available,
    @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate shutdownDate,
    String status,
    boolean isDefault) {

  static OpenAiModelView of(OpenAiModel model) {
    return new OpenAiModelView(
        model.name(),
        model.contextWindow(),
        model.available(),
        model.shutdownDate(),
        model.retiring() ? "retiring" : "available",
        model.isDefault());
  }
}
