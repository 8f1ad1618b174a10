package dev.macai.chat.ollama.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.macai.chat.common.domain.ChatCompletion;
import dev.macai.chat.common.domain.ChatPrompt;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Ollama's JSON bodies, named as Ollama names them (snake_case, like our own API). */
final class OllamaWire {

  private OllamaWire() {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Tags(List<TagModel> models) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record TagModel(
      String name,
      String model,
      @JsonProperty("modified_at") String modifiedAt,
      long size,
      String digest,
      Details details) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Details(
      String family,
      @JsonProperty("parameter_size") String parameterSize,
      @JsonProperty("quantization_level") String quantizationLevel) {}

  record ShowRequest(String model) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Show(Details details, @JsonProperty("model_info") Map<String, Object> modelInfo) {}

  record GenerateRequest(String model, String prompt, boolean stream, Options options) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Options(
      BigDecimal temperature,
      @JsonProperty("num_predict") Integer numPredict,
      @JsonProperty("num_ctx") Integer numCtx) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Generated(
      String model,
      String response,
      boolean done,
      @JsonProperty("prompt_eval_count") Integer promptEvalCount,
      @JsonProperty("eval_count") Integer evalCount) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Error(String error) {}

  record ChatRequest(String model, List<ChatMessage> messages, boolean stream, Options options) {

    /** Always sends {@code num_ctx}: without it Ollama cuts the history at its small default. */
    static ChatRequest of(ChatPrompt prompt, boolean stream) {
      return new ChatRequest(
          prompt.model(),
          prompt.messages().stream()
              .map(turn -> new ChatMessage(turn.role(), turn.content()))
              .toList(),
          stream,
          new Options(
              prompt.temperature() == null ? null : BigDecimal.valueOf(prompt.temperature()),
              prompt.maxTokens(),
              prompt.contextWindow()));
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ChatMessage(String role, String content) {}

  /** The non-streaming answer, and each NDJSON line of a streamed one (counters on the last). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ChatChunk(
      String model,
      ChatMessage message,
      boolean done,
      @JsonProperty("prompt_eval_count") Integer promptEvalCount,
      @JsonProperty("eval_count") Integer evalCount,
      String error) {

    /** The reply {@code content} with this (last) chunk's model and counters. */
    ChatCompletion completion(ChatPrompt prompt, String content) {
      return new ChatCompletion(
          content,
          model == null ? prompt.model() : model,
          orZero(promptEvalCount),
          orZero(evalCount));
    }
  }

  static int orZero(Integer count) {
    return count == null ? 0 : count;
  }
}
