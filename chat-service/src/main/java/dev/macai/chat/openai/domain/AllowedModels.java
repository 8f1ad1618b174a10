package dev.macai.chat.openai.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured allow-list ({@code OPENAI_CHAT_MODELS}, entries {@code name=context_window}).
 * OpenAI's {@code /v1/models} neither tells which models can chat nor their windows, so both come
 * from configuration; the order of the configuration is the order the UI shows.
 */
public final class AllowedModels {

  private final Map<String, AllowedModel> byName;

  private AllowedModels(Map<String, AllowedModel> byName) {
    this.byName = byName;
  }

  /**
   * Parses {@code gpt-4o=128000} entries; a malformed entry fails at start-up rather than hiding a
   * model from every user.
   */
  public static AllowedModels parse(List<String> entries) {
    Map<String, AllowedModel> models = new LinkedHashMap<>();
    for (String raw : entries) {
      String entry = raw == null ? "" : raw.strip();
      if (entry.isEmpty()) {
        continue;
      }
      int equals = entry.lastIndexOf('=');
      if (equals <= 0 || equals == entry.length() - 1) {
        throw new IllegalArgumentException(
            "OpenAI chat model entry '" + entry + "' is not name=context_window");
      }
      String name = entry.substring(0, equals).strip();
      int window;
      try {
        window = Integer.parseInt(entry.substring(equals + 1).strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "OpenAI chat model entry '" + entry + "' has no whole-number context window", e);
      }
      if (window <= 0) {
        throw new IllegalArgumentException(
            "OpenAI chat model entry '" + entry + "' has a context window below 1");
      }
      if (models.put(name, new AllowedModel(name, window)) != null) {
        throw new IllegalArgumentException("OpenAI chat model '" + name + "' is listed twice");
      }
    }
    return new AllowedModels(models);
  }

  public List<AllowedModel> all() {
    return new ArrayList<>(byName.values());
  }

  public Optional<AllowedModel> find(String name) {
    return Optional.ofNullable(name == null ? null : byName.get(name));
  }

  public boolean contains(String name) {
    return find(name).isPresent();
  }
}
