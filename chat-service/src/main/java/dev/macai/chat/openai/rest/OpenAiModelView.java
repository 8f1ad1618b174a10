package dev.macai.chat.openai.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.macai.chat.openai.domain.OpenAiModel;

/**
 * An allowed OpenAI chat model; {@code available} is null (and still sent) when OpenAI could not be
 * asked whether it offers the model.
 */
public record OpenAiModelView(
    String name, int contextWindow, @JsonInclude(JsonInclude.Include.ALWAYS) Boolean available) {

  static OpenAiModelView of(OpenAiModel model) {
    return new OpenAiModelView(model.name(), model.contextWindow(), model.available());
  }
}
