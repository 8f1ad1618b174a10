package dev.macai.chat.openai.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional filter {@code OPENAI_CHAT_MODELS}: the model ids users may pick, in the order the UI
 * shows them. Empty means every chat model the account has. The old syntax {@code name=window} is
 * still read (an owner's {@code .env} may have it): the id joins the filter and its window wins
 * over the context window table.
 */
public record ChatModelFilter(List<String> ids, Map<String, Integer> windows) {

  public ChatModelFilter {
    ids = List.copyOf(ids);
    windows = Map.copyOf(windows);
  }

  public static ChatModelFilter none() {
    return new ChatModelFilter(List.of(), Map.of());
  }

  public static ChatModelFilter parse(List<String> entries) {
    List<String> ids = new ArrayList<>();
    Map<String, Integer> windows = new LinkedHashMap<>();
    for (String raw : entries) {
      String entry = raw == null ? "" : raw.strip();
      if (entry.isEmpty()) {
        continue;
      }
      String id = entry;
      int equals = entry.lastIndexOf('=');
      if (equals >= 0) {
        if (equals == 0 || equals == entry.length() - 1) {
          throw new IllegalArgumentException(
              "OpenAI chat model entry '" + entry + "' is neither an id nor id=context_window");
        }
        id = entry.substring(0, equals).strip();
        windows.put(id, ContextWindows.window(entry, entry.substring(equals + 1)));
      }
      if (ids.contains(id)) {
        throw new IllegalArgumentException("OpenAI chat model '" + id + "' is listed twice");
      }
      ids.add(id);
    }
    return new ChatModelFilter(ids, windows);
  }

  public boolean isEmpty() {
    return ids.isEmpty();
  }

  public boolean admits(String id) {
    return ids.isEmpty() || ids.contains(id);
  }
}
