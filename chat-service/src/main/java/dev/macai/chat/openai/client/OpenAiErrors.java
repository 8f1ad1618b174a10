package dev.macai.chat.openai.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.chat.common.client.ProviderErrors;
import dev.macai.chat.common.domain.ProviderFailure;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * OpenAI's failures in OpenAI's words, its error documents being {@code {"error": {"message":
 * ...}}}, but never with our API key in them.
 */
final class OpenAiErrors extends ProviderErrors {

  private final ObjectMapper json;
  private final Optional<String> apiKey;

  OpenAiErrors(
      ObjectMapper json,
      Optional<String> apiKey,
      String baseUrl,
      long readTimeoutMillis,
      Duration streamIdleTimeout) {
    super(
        "OpenAI",
        baseUrl,
        readTimeoutMillis,
        streamIdleTimeout,
        Logger.getLogger(OpenAiClient.class));
    this.json = json;
    this.apiKey = apiKey;
  }

  @Override
  protected String errorDetail(String body) {
    try {
      OpenAiWire.Error error = json.readValue(body, OpenAiWire.Error.class);
      if (error != null && error.error() != null && error.error().message() != null) {
        return error.error().message();
      }
    } catch (JsonProcessingException notJson) {
      // the body itself is quoted
    }
    return null;
  }

  /** Belt and braces: whatever OpenAI says, our key does not travel on to a client or a log. */
  @Override
  public String redact(String text) {
    return apiKey.map(key -> text.replace(key, "[redacted]")).orElse(text);
  }

  /** OpenAI's 401 message quotes part of the key: say what is wrong without repeating it. */
  @Override
  protected ProviderFailure unquoted(int status) {
    return status == 401
        ? ProviderFailure.failed("OpenAI rejected the API key (OPENAI_API_KEY).")
        : null;
  }
}
