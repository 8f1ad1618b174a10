package dev.macai.chat.common.domain;

import java.util.List;

/**
 * What is sent to a provider: the model, the history that fits the window (system turn first), and
 * the window itself, which Ollama must be told ({@code options.num_ctx}) or it silently truncates
 * to its small default. {@code temperature} and {@code maxTokens} may be null (provider default).
 */
public record ChatPrompt(
    String model,
    List<ChatTurn> messages,
    int contextWindow,
    Double temperature,
    Integer maxTokens) {}
