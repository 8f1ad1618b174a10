package dev.macai.chat.ollama.rest;

import dev.macai.chat.prompts.domain.TemplateKey;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Which template to run, on what; {@code context} (e.g. the whole song) is optional; {@code stream}
 * asks for the answer as Server-Sent Events.
 */
public record GenerateUnifiedRequest(
    @NotNull @Pattern(regexp = TemplateKey.PATTERN, message = KEY_MESSAGE) String category,
    @NotNull @Pattern(regexp = TemplateKey.PATTERN, message = KEY_MESSAGE) String action,
    @NotBlank @Size(max = 100_000) String inputText,
    @Size(max = 200_000) String context,
    Boolean stream) {

  static final String KEY_MESSAGE = "must be 1 to 50 lower-case letters, digits or hyphens";

  boolean streamed() {
    return Boolean.TRUE.equals(stream);
  }

  TemplateKey key() {
    return new TemplateKey(category, action);
  }
}
