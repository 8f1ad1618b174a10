package dev.macai.chat.openai.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** OpenAI settings; the base URL and timeouts are the REST client's own ({@code openai} key). */
@ConfigMapping(prefix = "openai")
public interface OpenAiConfig {

  /**
   * {@code OPENAI_API_KEY}. Optional so the service starts without one: OpenAI is an extra next to
   * the local Ollama, and a call without a key answers 503 instead.
   */
  Optional<String> apiKey();

  Chat chat();

  interface Chat {

    /**
     * {@code OPENAI_CHAT_MODELS}: an optional filter, model ids comma-separated (the old {@code
     * name=context_window} entries are still read); absent means every chat model the account has.
     */
    Optional<List<String>> models();

    /**
     * {@code OPENAI_CHAT_DEFAULT_MODEL}: preselected in the picker and offered instead of a retired
     * model. It should be one without an announced shutdown date.
     */
    @WithDefault("gpt-5.4-mini")
    String defaultModel();

    /** {@code OPENAI_CONTEXT_WINDOWS}: {@code prefix-or-id=tokens}, the longest prefix wins. */
    List<String> contextWindows();

    /** {@code OPENAI_DEFAULT_CONTEXT_WINDOW}: the window of a model the table does not match. */
    @WithDefault("128000")
    int defaultContextWindow();

    /** How long OpenAI's own model list is reused before it is asked again. */
    @WithDefault("5m")
    Duration modelsTtl();

    /**
     * {@code OPENAI_CHAT_DAILY_TOKENS}: tokens (prompt and reply, as OpenAI reports them) each user
     * may spend on OpenAI chat per UTC day unless an admin sets another limit; 0 = no limit.
     */
    @WithDefault("200000")
    long dailyTokens();
  }
}
