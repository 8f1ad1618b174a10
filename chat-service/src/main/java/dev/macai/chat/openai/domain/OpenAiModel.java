package dev.macai.chat.openai.domain;

import java.time.LocalDate;

/**
 * A chat model users may pick. {@code available} is true when OpenAI lists it for our key, null
 * when OpenAI could not be asked (no key, unreachable, failing); {@code shutdownDate} is the date
 * OpenAI announced, null when none; {@code isDefault} marks the configured default model.
 */
public record OpenAiModel(
    String name, int contextWindow, Boolean available, LocalDate shutdownDate, boolean isDefault) {

  /** A shutdown is announced but still ahead (models past it are never offered). */
  public boolean retiring() {
    return shutdownDate != null;
  }
}
