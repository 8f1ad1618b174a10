package dev.macai.chat.ollama.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.chat.common.client.ProviderCalls;
import dev.macai.chat.common.domain.ChatPrompt;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * Starts streamed {@code /api/chat} replies (NDJSON) with the JDK's HTTP client: the REST client
 * hands over a body only once it is complete, streaming needs lines as they come. The read timeout
 * bounds the wait for the response head; {@link OllamaChatStream} reads the rest.
 */
final class OllamaChatStreams {

  private final ObjectMapper json;
  private final ProviderCalls errors;
  private final URI chatUri;
  private final Duration readTimeout;
  private final HttpClient http;

  OllamaChatStreams(
      ObjectMapper json,
      ProviderCalls errors,
      String baseUrl,
      long readTimeoutMillis,
      long connectTimeoutMillis) {
    this.json = json;
    this.errors = errors;
    this.chatUri = URI.create(stripSlash(baseUrl) + "/api/chat");
    this.readTimeout = Duration.ofMillis(readTimeoutMillis);
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofMillis(connectTimeoutMillis))
            .build();
  }

  /** Returns once Ollama has accepted the request; a refusal is thrown as a ProviderFailure. */
  OllamaChatStream open(ChatPrompt prompt) {
    HttpRequest request =
        HttpRequest.newBuilder(chatUri)
            .timeout(readTimeout)
            .header("Content-Type", "application/json")
            .header("Accept", "application/x-ndjson")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body(prompt)))
            .build();
    return new OllamaChatStream(prompt, errors.openStream(http, request), json, errors);
  }

  private byte[] body(ChatPrompt prompt) {
    try {
      return json.writeValueAsBytes(OllamaWire.ChatRequest.of(prompt, true));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write the Ollama request", e);
    }
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
