package dev.macai.chat.ollama.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.chat.common.client.ProviderCalls;
import dev.macai.chat.common.client.StreamedLines;
import dev.macai.chat.common.domain.ChatCompletion;
import dev.macai.chat.common.domain.ChatPrompt;
import dev.macai.platform.provider.ProviderErrors;
import dev.macai.platform.provider.ProviderFailure;
import java.util.function.Consumer;

/**
 * A chat reply Ollama is sending as NDJSON, one chunk a line, the counters on the final {@code
 * done} line. Read it once with {@link #drain}, then close it. {@code chat.stream.idle-timeout}
 * bounds each silence.
 */
public final class OllamaChatStream implements AutoCloseable {

  private final ChatPrompt prompt;
  private final StreamedLines lines;
  private final ObjectMapper json;
  private final ProviderCalls errors;

  OllamaChatStream(
      ChatPrompt prompt, StreamedLines lines, ObjectMapper json, ProviderCalls errors) {
    this.prompt = prompt;
    this.lines = lines;
    this.json = json;
    this.errors = errors;
  }

  /**
   * Hands each piece to {@code onToken}; answers the whole reply with Ollama's counters. An
   * exception thrown by {@code onToken} (the client went away) is not translated: it stops reading
   * and reaches the caller as is.
   */
  public ChatCompletion drain(Consumer<String> onToken) {
    StringBuilder content = new StringBuilder();
    for (String line = errors.nextLine(lines); line != null; line = errors.nextLine(lines)) {
      if (line.isBlank()) {
        continue;
      }
      OllamaWire.ChatChunk chunk = parse(line);
      if (chunk.error() != null) {
        throw ProviderFailure.failed(
            "Ollama failed mid-stream: " + ProviderErrors.shorten(chunk.error()));
      }
      String piece = chunk.message() == null ? null : chunk.message().content();
      if (piece != null && !piece.isEmpty()) {
        content.append(piece);
        onToken.accept(piece);
      }
      if (chunk.done()) {
        return chunk.completion(prompt, content.toString());
      }
    }
    throw ProviderFailure.failed("Ollama's stream ended before its final chunk.");
  }

  @Override
  public void close() {
    lines.close();
  }

  private OllamaWire.ChatChunk parse(String line) {
    OllamaWire.ChatChunk chunk;
    try {
      chunk = json.readValue(line, OllamaWire.ChatChunk.class);
    } catch (JsonProcessingException e) {
      throw errors.malformed(e);
    }
    if (chunk == null) {
      throw errors.malformed("a null chunk");
    }
    return chunk;
  }
}
