package dev.macai.chat.openai.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Context windows of OpenAI chat models, from configuration ({@code OPENAI_CONTEXT_WINDOWS}):
 * OpenAI's API reports none. Entries are {@code prefix-or-id=tokens}; the longest matching prefix
 * wins, so {@code gpt-5=400000} covers the GPT-5 family and {@code gpt-5.4=1050000} the one member
 * that is larger. Exact entries (the old {@code OPENAI_CHAT_MODELS=name=window} syntax) win over
 * every prefix. A model nothing matches gets the default.
 */
public final class ContextWindows {

  private final Map<String, Integer> prefixes;
  private final Map<String, Integer> exact;
  private final int fallback;

  private ContextWindows(Map<String, Integer> prefixes, Map<String, Integer> exact, int fallback) {
    this.prefixes = prefixes;
    this.exact = exact;
    this.fallback = fallback;
  }

  /**
   * Parses {@code gpt-4o=128000} entries; a malformed entry fails at start-up rather than budgeting
   * every conversation with a wrong window.
   */
  public static ContextWindows parse(List<String> entries, int fallback) {
    if (fallback <= 0) {
      throw new IllegalArgumentException("The default OpenAI context window must be at least 1");
    }
    Map<String, Integer> table = new LinkedHashMap<>();
    for (String raw : entries) {
      String entry = raw == null ? "" : raw.strip();
      if (entry.isEmpty()) {
        continue;
      }
      int equals = entry.lastIndexOf('=');
      if (equals <= 0 || equals == entry.length() - 1) {
        throw new IllegalArgumentException(
            "OpenAI context window entry '" + entry + "' is not prefix=tokens");
      }
      String prefix = entry.substring(0, equals).strip();
      int window = window(entry, entry.substring(equals + 1));
      if (table.put(prefix, window) != null) {
        throw new IllegalArgumentException(
            "OpenAI context window for '" + prefix + "' is listed twice");
      }
    }
    return new ContextWindows(table, Map.of(), fallback);
  }

  /** The same table with windows for exact model ids that win over every prefix. */
  public ContextWindows withExact(Map<String, Integer> windows) {
    return new ContextWindows(prefixes, Map.copyOf(windows), fallback);
  }

  public int windowOf(String model) {
    if (model == null) {
      return fallback;
    }
    Integer exactWindow = exact.get(model);
    if (exactWindow != null) {
      return exactWindow;
    }
    String best = null;
    for (String prefix : prefixes.keySet()) {
      if (model.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    return best == null ? fallback : prefixes.get(best);
  }

  static int window(String entry, String number) {
    int window;
    try {
      window = Integer.parseInt(number.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "OpenAI model entry '" + entry + "' has no whole-number context window", e);
    }
    if (window <= 0) {
      throw new IllegalArgumentException(
          "OpenAI model entry '" + entry + "' has a context window below 1");
    }
    return window;
  }
}
