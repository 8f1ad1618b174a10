package dev.macai.chat.openai.domain;

/** An OpenAI chat model we let users pick, with the context window OpenAI documents for it. */
public record AllowedModel(String name, int contextWindow) {}
