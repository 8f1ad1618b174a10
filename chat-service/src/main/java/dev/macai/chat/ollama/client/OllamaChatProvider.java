package dev.macai.chat.ollama.client;

import dev.macai.chat.common.domain.ChatCompletion;
import dev.macai.chat.common.domain.ChatPrompt;
import dev.macai.chat.common.domain.ChatProvider;
import dev.macai.platform.provider.ProviderFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;

/** Ollama as conversations see it; every call goes through {@link OllamaClient}'s guards. */
@ApplicationScoped
public class OllamaChatProvider implements ChatProvider {

  private final OllamaClient ollama;

  OllamaChatProvider(OllamaClient ollama) {
    this.ollama = ollama;
  }

  @Override
  public String name() {
    return "ollama";
  }

  /** An unknown model or an Ollama that is down must not block creating a conversation. */
  @Override
  public int contextWindow(String model, int fallback) {
    try {
      Integer window = ollama.contextWindow(model);
      return window == null ? fallback : window;
    } catch (ProviderFailure e) {
      return fallback;
    }
  }

  @Override
  public ChatCompletion complete(ChatPrompt prompt) {
    return ollama.chat(prompt);
  }

  @Override
  public ChatCompletion stream(ChatPrompt prompt, Consumer<String> onToken) {
    return ollama.streamChat(prompt, onToken);
  }
}
