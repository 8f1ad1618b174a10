package dev.macai.chat.common.domain;

/**
 * A provider's reply with its own token counters (prompt = everything sent, completion = reply).
 */
public record ChatCompletion(
    String content, String model, int promptTokens, int completionTokens) {}
