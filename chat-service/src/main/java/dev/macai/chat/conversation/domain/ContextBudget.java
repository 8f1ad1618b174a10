package dev.macai.chat.conversation.domain;

import java.util.List;

/**
 * Which part of a conversation's history goes to the provider. The window holds the system context,
 * the history and the reply; a reserve for the reply (a quarter of the window, at most {@value
 * #MAX_REPLY_RESERVE} tokens) is kept free. From what is left after the system context, the newest
 * messages are taken, newest first, until the next older one no longer fits; the history sent is
 * that unbroken tail, in its original order (a gap would confuse the model).
 */
public final class ContextBudget {

  public static final int MAX_REPLY_RESERVE = 4096;

  /** A rough rule for text whose real count the provider has not told us: ~4 chars a token. */
  public static final int CHARS_PER_TOKEN = 4;

  private ContextBudget() {}

  public static int estimateTokens(String text) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    return (text.length() + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
  }

  public static int replyReserve(int window) {
    return Math.min(window / 4, MAX_REPLY_RESERVE);
  }

  /** Tokens the system context and the history may use together. */
  public static int promptBudget(int window) {
    return Math.max(0, window - replyReserve(window));
  }

  /**
   * @param systemTokens tokens of the system context (0 when there is none)
   * @param historyTokens token counts of the history, oldest first, newest last
   * @param window the model's context window
   * @return where the history to send starts, and what the prompt then uses
   */
  public static Selection select(int systemTokens, List<Integer> historyTokens, int window) {
    int budget = promptBudget(window);
    int used = Math.max(0, systemTokens);
    int from = historyTokens.size();
    while (from > 0) {
      int next = Math.max(0, historyTokens.get(from - 1));
      if (used + next > budget) {
        break;
      }
      used += next;
      from--;
    }
    return new Selection(from, used, budget);
  }

  /**
   * The history from index {@code from} on is sent; {@code usedTokens} counts it with the system
   * context; it never exceeds {@code budget} unless the system context alone does.
   */
  public record Selection(int from, int usedTokens, int budget) {}
}
