package dev.macai.chat.openai.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.chat.common.client.ProviderCalls;
import dev.macai.chat.common.client.StreamedLines;
import dev.macai.chat.common.domain.ChatCompletion;
import dev.macai.chat.common.domain.ChatPrompt;
import dev.macai.chat.openai.domain.ChatStreamReader;
import dev.macai.platform.provider.ProviderFailure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Streamed chat completions (Server-Sent Events) through the JDK's HTTP client, with the REST
 * client's base URL and timeouts: the REST client would buffer the whole body before handing it
 * over. {@link ChatStreamReader} makes sense of the lines.
 */
final class OpenAiChatStreams {

  private final ObjectMapper json;
  private final ProviderCalls errors;
  private final URI completionsUri;
  private final Duration readTimeout;
  private final HttpClient http;

  OpenAiChatStreams(
      ObjectMapper json,
      ProviderCalls errors,
      String baseUrl,
      long readTimeoutMillis,
      long connectTimeoutMillis) {
    this.json = json;
    this.errors = errors;
    this.completionsUri = URI.create(baseUrl + "/v1/chat/completions");
    this.readTimeout = Duration.ofMillis(readTimeoutMillis);
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofMillis(connectTimeoutMillis))
            // SSE needs nothing newer; plain-http HTTP/2 upgrade attempts confuse some proxies.
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** Every piece of text goes to {@code onToken} as its line arrives; answers the whole reply. */
  ChatCompletion stream(ChatPrompt prompt, String authorization, Consumer<String> onToken) {
    try (StreamedLines lines = errors.openStream(http, request(prompt, authorization))) {
      ChatStreamReader reader = new ChatStreamReader();
      for (String line = errors.nextLine(lines); line != null; line = errors.nextLine(lines)) {
        // Outside read(): a failure of onToken (the client went away) is not OpenAI's.
        read(reader, line).ifPresent(onToken);
        if (reader.done()) {
          break;
        }
      }
      if (!reader.done()) {
        throw ProviderFailure.failed("OpenAI's stream ended before [DONE].");
      }
      return reader.completion(prompt.model());
    }
  }

  private HttpRequest request(ChatPrompt prompt, String authorization) {
    String body;
    try {
      body = json.writeValueAsString(OpenAiWire.ChatRequest.of(prompt, true));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write the OpenAI request", e);
    }
    return HttpRequest.newBuilder(completionsUri)
        // Until the response headers arrive; OpenAI sends them before the first token.
        .timeout(readTimeout)
        .header("Authorization", authorization)
        .header("Content-Type", "application/json")
        .header("Accept", "text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private Optional<String> read(ChatStreamReader reader, String line) {
    try {
      return reader.accept(line);
    } catch (ChatStreamReader.MalformedChunk e) {
      throw errors.malformed("stream chunk " + e.getMessage());
    } catch (ChatStreamReader.StreamError e) {
      throw ProviderFailure.failed("OpenAI failed mid-stream: " + errors.redact(e.getMessage()));
    }
  }
}
