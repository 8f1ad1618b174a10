package dev.macai.chat.conversation.rest;

import dev.macai.chat.conversation.service.ConversationDraft;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Without {@code context_window_size} the model's real window is asked from the provider. */
public record NewConversationRequest(
    @NotBlank @Size(max = 200) String title,
    @NotNull @Pattern(regexp = "ollama|openai", message = "must be ollama or openai")
        String provider,
    @NotBlank @Size(max = 100) String model,
    @Size(max = 100_000) String systemContext,
    @Min(256) @Max(2_000_000) Integer contextWindowSize,
    @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags) {

  ConversationDraft draft() {
    return new ConversationDraft(title, provider, model, systemContext, contextWindowSize, tags);
  }
}
