package dev.macai.chat.conversation.rest;

import dev.macai.chat.conversation.service.ConversationChanges;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Only the fields present change; an empty {@code system_context} removes it. Blank title or model
 * are refused ({@code \S} somewhere).
 */
public record ConversationPatch(
    @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String title,
    @Size(max = 100_000) String systemContext,
    @Size(max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String model,
    Boolean archived,
    Boolean pinned,
    @Size(max = 20)
        List<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 50) String>
            tags) {

  ConversationChanges changes() {
    return new ConversationChanges(title, systemContext, model, archived, pinned, tags);
  }
}
