package dev.macai.chat.ollama.rest;

import dev.macai.chat.ollama.domain.OllamaModel;

/** An installed model; {@code context_window} is null when Ollama does not report one. */
public record ModelView(String name, long size, String family, Integer contextWindow) {

  static ModelView of(OllamaModel model) {
    return new ModelView(model.name(), model.size(), model.family(), model.contextWindow());
  }
}
