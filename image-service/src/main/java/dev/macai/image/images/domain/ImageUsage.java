package dev.macai.image.images.domain;

/** The tokens a GPT Image answer reports in {@code usage}; what OpenAI bills the image by. */
public record ImageUsage(int inputTokens, int outputTokens, int totalTokens) {}
