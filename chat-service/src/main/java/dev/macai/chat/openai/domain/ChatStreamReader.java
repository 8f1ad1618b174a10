package dev.macai.chat.openai.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.chat.common.domain.ChatCompletion;
import java.util.Optional;

/**
 * Reads OpenAI's streamed chat completion (Server-Sent Events) one line at a time: each {@code
 * data: {chunk}} line may carry a piece of the reply in {@code choices[0].delta.content}; the chunk
 * asked for with {@code stream_options.include_usage} carries the token counts and no choices;
 * {@code data: [DONE]} ends the stream. Not thread-safe: one reader per stream.
 */
public final class ChatStreamReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DATA = "data:";

  private final StringBuilder content = new StringBuilder();
  private String model;
  private int promptTokens;
  private int completionTokens;
  private boolean done;

  /**
   * Takes one line of the body and returns the text it adds to the reply, if any.
   *
   * @throws MalformedChunk when a data line is not a chunk OpenAI would send
   * @throws StreamError when OpenAI reports an error inside the stream
   */
  public Optional<String> accept(String line) {
    if (done || line == null || !line.startsWith(DATA)) {
      // Blank separators, ": keep-alive" comments, event:/id: fields carry no text.
      return Optional.empty();
    }
    String data = line.substring(DATA.length()).strip();
    if (data.equals("[DONE]")) {
      done = true;
      return Optional.empty();
    }
    JsonNode chunk;
    try {
      chunk = JSON.readTree(data);
    } catch (JsonProcessingException e) {
      throw new MalformedChunk("not JSON: " + e.getOriginalMessage());
    }
    if (chunk == null || !chunk.isObject()) {
      throw new MalformedChunk("not a JSON object");
    }
    JsonNode error = chunk.get("error");
    if (error != null && error.isObject()) {
      throw new StreamError(error.path("message").asText("unknown error"));
    }
    if (chunk.hasNonNull("model")) {
      model = chunk.get("model").asText();
    }
    JsonNode usage = chunk.get("usage");
    if (usage != null && usage.isObject()) {
      promptTokens = usage.path("prompt_tokens").asInt(0);
      completionTokens = usage.path("completion_tokens").asInt(0);
    }
    JsonNode delta = chunk.path("choices").path(0).path("delta").path("content");
    if (delta.isTextual() && !delta.asText().isEmpty()) {
      content.append(delta.asText());
      return Optional.of(delta.asText());
    }
    return Optional.empty();
  }

  /** Whether {@code data: [DONE]} arrived; a stream that ends without it was cut off. */
  public boolean done() {
    return done;
  }

  /** The whole reply so far; token counts are 0 when OpenAI sent no usage chunk. */
  public ChatCompletion completion(String requestedModel) {
    return new ChatCompletion(
        content.toString(), model == null ? requestedModel : model, promptTokens, completionTokens);
  }

  /** A data line that is not a chunk of OpenAI's format. */
  public static final class MalformedChunk extends RuntimeException {
    MalformedChunk(String message) {
      super(message, null, false, false);
    }
  }

  /** OpenAI's own error, sent as a data line after the stream had begun. */
  public static final class StreamError extends RuntimeException {
    StreamError(String message) {
      super(message, null, false, false);
    }
  }
}
