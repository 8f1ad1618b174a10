package dev.macai.chat.common.domain;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * A chat model provider (Ollama, OpenAI) as conversations use it. Implemented by the clients;
 * conversations pick one by {@link #name()}. Failures are thrown as {@link ProviderFailure}.
 */
public interface ChatProvider {

  /** {@code ollama} or {@code openai}, as stored in a conversation's {@code provider}. */
  String name();

  /**
   * Whether conversations may use {@code model} here. OpenAI answers from the account's chat models
   * and the optional filter (a paid model nobody chose must not be picked by accident); Ollama
   * offers whatever is installed.
   */
  default boolean offers(String model) {
    return true;
  }

  /**
   * Whether {@code model} is still served, retiring or retired. Ollama serves what is installed, so
   * the default says available; OpenAI answers from its model list and shutdown dates.
   */
  default ModelLifecycle lifecycle(String model) {
    return ModelLifecycle.available();
  }

  /**
   * Refuses before a call when {@code userId} has nothing left of today's budget for this provider
   * (429 {@code daily_budget_exhausted}). A free provider (Ollama) has no budget.
   */
  default void requireBudget(UUID userId) {}

  /** Counts what a reply cost {@code userId} (the provider's token counts). Free: nothing. */
  default void charge(UUID userId, ChatCompletion completion) {}

  /** The model's real context window in tokens, or {@code fallback} when the provider is silent. */
  int contextWindow(String model, int fallback);

  /** One complete reply. */
  ChatCompletion complete(ChatPrompt prompt);

  /**
   * A reply streamed piece by piece to {@code onToken} as the provider produces it; returns the
   * whole reply with the provider's token counts once the provider is done. When {@code onToken}
   * throws (the client went away), the stream stops and the exception propagates.
   */
  ChatCompletion stream(ChatPrompt prompt, Consumer<String> onToken);
}
