package dev.macai.chat.ollama.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextWindowTest {

  @Test
  void readsTheArchitecturesContextLength() {
    Map<String, Object> info =
        Map.of(
            "general.architecture", "llama",
            "llama.context_length", 131072,
            "llama.embedding_length", 3072);
    assertThat(ContextWindow.fromModelInfo(info)).contains(131072);
  }

  @Test
  void prefersTheNamedArchitectureOverOtherContextLengths() {
    Map<String, Object> info =
        Map.of(
            "general.architecture",
            "qwen2",
            "clip.context_length",
            77,
            "qwen2.context_length",
            32768L);
    assertThat(ContextWindow.fromModelInfo(info)).contains(32768);
  }

  @Test
  void fallsBackToAnyContextLength() {
    assertThat(ContextWindow.fromModelInfo(Map.of("gemma2.context_length", 8192))).contains(8192);
  }

  @Test
  void isEmptyWhenTheModelDoesNotSay() {
    assertThat(ContextWindow.fromModelInfo(null)).isEmpty();
    assertThat(ContextWindow.fromModelInfo(Map.of())).isEmpty();
    assertThat(ContextWindow.fromModelInfo(Map.of("general.architecture", "llama"))).isEmpty();
    assertThat(ContextWindow.fromModelInfo(Map.of("llama.context_length", "big"))).isEmpty();
    assertThat(ContextWindow.fromModelInfo(Map.of("llama.context_length", 0))).isEmpty();
  }
}
