package dev.macai.chat.openai.service;

import dev.macai.chat.common.domain.ChatCompletion;
import dev.macai.chat.common.domain.ChatPrompt;
import dev.macai.chat.common.domain.ChatProvider;
import dev.macai.chat.openai.client.OpenAiClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;

/**
 * OpenAI as conversations use it. The allow-list is not enforced here: conversations check it when
 * one is created (and the simulator's fault models must pass through for the tests).
 */
@ApplicationScoped
public class OpenAiChatProvider implements ChatProvider {

  public static final String NAME = "openai";

  private final OpenAiClient openAi;
  private final OpenAiModelService models;

  OpenAiChatProvider(OpenAiClient openAi, OpenAiModelService models) {
    this.openAi = openAi;
    this.models = models;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** OpenAI's API does not report windows; they come from the allow-list configuration. */
  @Override
  public boolean offers(String model) {
    return models.allowed(model);
  }

  @Override
  public int contextWindow(String model, int fallback) {
    return models.contextWindow(model).orElse(fallback);
  }

  @Override
  public ChatCompletion complete(ChatPrompt prompt) {
    return openAi.complete(prompt);
  }

  @Override
  public ChatCompletion stream(ChatPrompt prompt, Consumer<String> onToken) {
    return openAi.stream(prompt, onToken);
  }
}
