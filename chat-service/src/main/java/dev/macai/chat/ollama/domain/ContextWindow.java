package dev.macai.chat.ollama.domain;

import java.util.Map;
import java.util.Optional;

/** Reads a model's context length from the {@code model_info} of Ollama's {@code /api/show}. */
public final class ContextWindow {

  private static final String SUFFIX = ".context_length";

  private ContextWindow() {}

  /**
   * The key is {@code <architecture>.context_length} (e.g. {@code llama.context_length}); the
   * architecture named by {@code general.architecture} wins, any other {@code *.context_length} is
   * the fallback. Empty when the model does not say.
   */
  public static Optional<Integer> fromModelInfo(Map<String, Object> modelInfo) {
    if (modelInfo == null || modelInfo.isEmpty()) {
      return Optional.empty();
    }
    Object architecture = modelInfo.get("general.architecture");
    if (architecture != null) {
      Optional<Integer> own = positive(modelInfo.get(architecture + SUFFIX));
      if (own.isPresent()) {
        return own;
      }
    }
    return modelInfo.entrySet().stream()
        .filter(entry -> entry.getKey().endsWith(SUFFIX))
        .map(entry -> positive(entry.getValue()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<Integer> positive(Object value) {
    if (value instanceof Number number && number.longValue() > 0) {
      return Optional.of((int) Math.min(number.longValue(), Integer.MAX_VALUE));
    }
    return Optional.empty();
  }
}
