package dev.macai.chat.openai.service;

import dev.macai.chat.openai.config.OpenAiConfig;
import dev.macai.chat.openai.repository.DailyBudgetLedger;
import dev.macai.platform.budget.DailyBudgets;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The service's one daily budget: OpenAI chat tokens per user and UTC day ({@code
 * OPENAI_CHAT_DAILY_TOKENS}, or an admin's override). Ollama runs locally and is not counted. The
 * rules are the service kit's.
 */
public class OpenAiChatBudgets {

  /** What the budget counts, as messages name it. */
  public static final String UNIT = "OpenAI chat tokens";

  @Produces
  @Singleton
  DailyBudgets openAiChatTokens(DailyBudgetLedger ledger, Clock clock, OpenAiConfig config) {
    return new DailyBudgets(ledger, clock, config.chat().dailyTokens(), UNIT);
  }
}
