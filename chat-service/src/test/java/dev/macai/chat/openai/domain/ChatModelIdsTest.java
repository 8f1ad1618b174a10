package dev.macai.chat.openai.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatModelIdsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "gpt-6.2-sol",
        "gpt-5.4-mini",
        "gpt-5.4-mini-2026-03-17",
        "gpt-4o",
        "gpt-4o-mini-2024-07-18",
        "gpt-4.1-mini",
        "chatgpt-4o-latest",
        "o4-mini",
        "o3",
        "o1",
        "GPT-5.5"
      })
  void chatModels(String id) {
    assertThat(ChatModelIds.isChatModel(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "gpt-image-2",
        "gpt-image-1-mini",
        "dall-e-3",
        "gpt-4o-audio-preview",
        "gpt-audio",
        "gpt-realtime",
        "gpt-4o-realtime-preview",
        "gpt-4o-mini-tts",
        "tts-1",
        "gpt-4o-transcribe",
        "whisper-1",
        "text-embedding-3-small",
        "gpt-4o-search-preview",
        "omni-moderation-latest",
        "gpt-5-codex",
        "codex-mini-latest",
        "o3-deep-research",
        "o1-pro",
        "gpt-5-pro-2025-10-06",
        "gpt-3.5-turbo-instruct",
        "computer-use-preview",
        "babbage-002",
        "sora-2",
        "omni",
        "",
        "  "
      })
  void otherModels(String id) {
    assertThat(ChatModelIds.isChatModel(id)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void nullIsNoModel() {
    assertThat(ChatModelIds.isChatModel(null)).isFalse();
  }
}
