package dev.macai.chat.ollama.domain;

/** A completed generation: the text and the provider's own token counters. */
public record Generation(String text, String model, int promptTokens, int completionTokens) {}
