package dev.macai.chat.openai.service;

import dev.macai.chat.common.domain.ChatCompletion;
import dev.macai.chat.common.domain.ChatPrompt;
import dev.macai.chat.common.domain.ChatProvider;
import dev.macai.chat.common.domain.ModelLifecycle;
import dev.macai.chat.openai.client.OpenAiClient;
import dev.macai.platform.budget.DailyBudgets;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * OpenAI as conversations use it. Which models may be picked, their windows and whether they are
 * retired come from {@link OpenAiModelService}; the calls themselves do not check the model (the
 * simulator's fault models must pass through for the tests). Each user's tokens count against the
 * daily budget of {@link OpenAiChatBudgets}.
 */
@ApplicationScoped
public class OpenAiChatProvider implements ChatProvider {

  public static final String NAME = "openai";

  private final OpenAiClient openAi;
  private final OpenAiModelService models;
  private final DailyBudgets budgets;

  OpenAiChatProvider(OpenAiClient openAi, OpenAiModelService models, DailyBudgets budgets) {
    this.openAi = openAi;
    this.models = models;
    this.budgets = budgets;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean offers(String model) {
    return models.allowed(model);
  }

  /** OpenAI's API reports no windows: the configured table answers, with its own default. */
  @Override
  public int contextWindow(String model, int fallback) {
    return models.contextWindow(model);
  }

  @Override
  public ModelLifecycle lifecycle(String model) {
    return models.lifecycle(model);
  }

  /** OpenAI is paid: the day's tokens must not be used up (OPENAI_CHAT_DAILY_TOKENS). */
  @Override
  public void requireBudget(UUID userId) {
    budgets.requireRemaining(userId);
  }

  /** Prompt and reply tokens, as OpenAI reported them; a reply that crosses the limit counts. */
  @Override
  public void charge(UUID userId, ChatCompletion completion) {
    budgets.record(userId, (long) completion.promptTokens() + completion.completionTokens());
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
