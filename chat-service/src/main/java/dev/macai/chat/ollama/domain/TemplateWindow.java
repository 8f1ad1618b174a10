package dev.macai.chat.ollama.domain;

/**
 * The context window ({@code num_ctx}) to ask Ollama for when a template runs: room for the prompt
 * and the longest answer the template allows. Without it Ollama cuts a long prompt (a whole song as
 * context) at its small default. Rounded up to a power of two because Ollama reloads a model for
 * every new {@code num_ctx}, so nearby sizes share one load; never above what the model supports.
 */
public final class TemplateWindow {

  /** Ollama's own default, and the smallest window worth asking for. */
  static final int MINIMUM = 2048;

  /** About three characters per token: on the safe side for English and German text. */
  private static final int CHARS_PER_TOKEN = 3;

  /** Chat-template markup Ollama wraps around the prompt. */
  private static final int MARKUP_TOKENS = 64;

  private TemplateWindow() {}

  public static int forPrompt(int promptChars, int maxTokens, Integer modelWindow) {
    long needed = (long) promptChars / CHARS_PER_TOKEN + maxTokens + MARKUP_TOKENS;
    int window = MINIMUM;
    while (window < needed && window <= Integer.MAX_VALUE / 2) {
      window <<= 1;
    }
    return modelWindow == null || modelWindow <= 0 ? window : Math.min(window, modelWindow);
  }
}
