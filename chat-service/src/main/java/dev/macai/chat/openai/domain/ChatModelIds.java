package dev.macai.chat.openai.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells OpenAI's chat models from its other models by their id. By name because OpenAI's {@code GET
 * /v1/models} has no capability field: it lists ids, {@code created}, {@code owned_by} and a {@code
 * shutdown_date}, and nothing says which model answers {@code /v1/chat/completions}. The families
 * are {@code gpt-*}, {@code chatgpt-*} and the o-series ({@code o1}, {@code o3-mini}, {@code
 * o4-mini}); within them image, audio, speech, realtime, embedding, search, moderation,
 * coding-agent and research models use other endpoints and are left out.
 */
public final class ChatModelIds {

  private static final Pattern FAMILY = Pattern.compile("^(?:gpt-|chatgpt-|o\\d).*");

  /** Substrings of ids whose models do not take chat completions. */
  private static final List<String> OTHER_KINDS =
      List.of(
          "image",
          "dall-e",
          "audio",
          "realtime",
          "tts",
          "transcribe",
          "whisper",
          "embedding",
          "search",
          "moderation",
          "codex",
          "deep-research",
          "computer-use",
          // gpt-3.5-turbo-instruct speaks the legacy completions endpoint only.
          "instruct");

  /** The -pro models (o1-pro, gpt-5-pro, ...) answer only on the Responses API. */
  private static final Pattern RESPONSES_ONLY = Pattern.compile(".*-pro(?:-.*)?$");

  private ChatModelIds() {}

  public static boolean isChatModel(String id) {
    if (id == null || id.isBlank()) {
      return false;
    }
    String name = id.strip().toLowerCase(Locale.ROOT);
    if (!FAMILY.matcher(name).matches() || RESPONSES_ONLY.matcher(name).matches()) {
      return false;
    }
    return OTHER_KINDS.stream().noneMatch(name::contains);
  }
}
