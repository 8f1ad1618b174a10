package dev.macai.chat.openai.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.macai.chat.common.domain.ChatPrompt;
import java.util.List;

/** OpenAI's JSON bodies, named as OpenAI names them (snake_case, like our own API). */
final class OpenAiWire {

  private OpenAiWire() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ChatRequest(
      String model,
      List<Message> messages,
      boolean stream,
      @JsonProperty("stream_options") StreamOptions streamOptions,
      Double temperature,
      // max_tokens is deprecated and refused by the reasoning models; this one works for all.
      @JsonProperty("max_completion_tokens") Integer maxCompletionTokens) {

    static ChatRequest of(ChatPrompt prompt, boolean stream) {
      return new ChatRequest(
          prompt.model(),
          prompt.messages().stream().map(turn -> new Message(turn.role(), turn.content())).toList(),
          stream,
          // Without it a streamed reply carries no token counts at all.
          stream ? new StreamOptions(true) : null,
          prompt.temperature(),
          prompt.maxTokens());
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Message(String role, String content) {}

  record StreamOptions(@JsonProperty("include_usage") boolean includeUsage) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Completion(String id, String model, List<Choice> choices, Usage usage) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Choice(int index, Message message, @JsonProperty("finish_reason") String finishReason) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Usage(
      @JsonProperty("prompt_tokens") Integer promptTokens,
      @JsonProperty("completion_tokens") Integer completionTokens,
      @JsonProperty("total_tokens") Integer totalTokens) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Models(List<Model> data) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Model(
      String id,
      Long created,
      @JsonProperty("owned_by") String ownedBy,
      // An ISO date ("2027-01-14"); absent or null while no shutdown is announced.
      @JsonProperty("shutdown_date") String shutdownDate) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Error(ErrorBody error) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ErrorBody(String message, String type, String code) {}
}
