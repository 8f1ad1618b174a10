package dev.macai.chat.ollama.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.chat.common.client.ProviderErrors;
import java.time.Duration;
import org.jboss.logging.Logger;

/** Ollama's failures in Ollama's words; its error documents are {@code {"error": "..."}}. */
final class OllamaErrors extends ProviderErrors {

  private final ObjectMapper json;

  OllamaErrors(
      ObjectMapper json, String baseUrl, long readTimeoutMillis, Duration streamIdleTimeout) {
    super(
        "Ollama",
        baseUrl,
        readTimeoutMillis,
        streamIdleTimeout,
        Logger.getLogger(OllamaClient.class));
    this.json = json;
  }

  @Override
  protected String errorDetail(String body) {
    try {
      OllamaWire.Error error = json.readValue(body, OllamaWire.Error.class);
      if (error != null && error.error() != null && !error.error().isBlank()) {
        return error.error();
      }
    } catch (JsonProcessingException notJson) {
      // the body itself is quoted
    }
    return null;
  }

  /** An empty error from the REST client is named by its status line ("Not Found"). */
  @Override
  protected String emptyBody(int status, String reasonPhrase) {
    return reasonPhrase != null ? reasonPhrase : super.emptyBody(status, null);
  }
}
