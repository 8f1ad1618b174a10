package dev.macai.chat.ollama.domain;

/** A model installed in Ollama, with the context window it really supports (in tokens). */
public record OllamaModel(String name, long size, String family, Integer contextWindow) {}
