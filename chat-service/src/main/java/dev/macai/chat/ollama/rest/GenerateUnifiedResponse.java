package dev.macai.chat.ollama.rest;

import dev.macai.chat.ollama.domain.Generation;

/** The model's answer, trimmed, with Ollama's own token counters. */
public record GenerateUnifiedResponse(
    String response, String model, int promptTokens, int completionTokens) {

  static GenerateUnifiedResponse of(Generation generation) {
    return new GenerateUnifiedResponse(
        generation.text(),
        generation.model(),
        generation.promptTokens(),
        generation.completionTokens());
  }
}
