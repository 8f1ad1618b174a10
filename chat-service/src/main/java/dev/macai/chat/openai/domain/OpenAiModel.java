package dev.macai.chat.openai.domain;

/**
 * An allowed chat model; {@code available} says whether OpenAI lists it for our key, null when
 * OpenAI could not be asked (no key, unreachable, failing).
 */
public record OpenAiModel(String name, int contextWindow, Boolean available) {}
