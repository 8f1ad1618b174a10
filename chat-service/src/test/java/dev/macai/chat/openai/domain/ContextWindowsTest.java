package dev.macai.chat.openai.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextWindowsTest {

  final ContextWindows table =
      ContextWindows.parse(
          List.of("gpt-4o=128000", " gpt-4.1 = 1047576 ", "", "gpt-5=400000", "gpt-5.4=1050000"),
          128000);

  @Test
  void theLongestMatchingPrefixWins() {
    assertThat(table.windowOf("gpt-5-mini")).isEqualTo(400000);
    assertThat(table.windowOf("gpt-5.1")).isEqualTo(400000);
    assertThat(table.windowOf("gpt-5.4")).isEqualTo(1050000);
    assertThat(table.windowOf("gpt-5.4-2026-03-05")).isEqualTo(1050000);
    assertThat(table.windowOf("gpt-4.1-mini-2025-04-14")).isEqualTo(1047576);
    assertThat(table.windowOf("gpt-4o-mini")).isEqualTo(128000);
  }

  @Test
  void unknownModelsGetTheDefault() {
    assertThat(table.windowOf("gpt-7-nova")).isEqualTo(128000);
    assertThat(table.windowOf(null)).isEqualTo(128000);
    assertThat(ContextWindows.parse(List.of(), 64000).windowOf("gpt-4o")).isEqualTo(64000);
  }

  @Test
  void exactEntriesWinOverPrefixes() {
    ContextWindows withExact = table.withExact(Map.of("gpt-5.4", 272000));
    assertThat(withExact.windowOf("gpt-5.4")).isEqualTo(272000);
    assertThat(withExact.windowOf("gpt-5.4-mini")).isEqualTo(1050000);
  }

  @Test
  void refusesMalformedEntries() {
    assertThatThrownBy(() -> ContextWindows.parse(List.of("gpt-4o"), 128000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gpt-4o")
        .hasMessageContaining("prefix=tokens");
    assertThatThrownBy(() -> ContextWindows.parse(List.of("gpt-4o=big"), 128000))
        .hasMessageContaining("whole-number");
    assertThatThrownBy(() -> ContextWindows.parse(List.of("=128000"), 128000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ContextWindows.parse(List.of("gpt-4o=0"), 128000))
        .hasMessageContaining("below 1");
    assertThatThrownBy(() -> ContextWindows.parse(List.of("gpt-4o=1", "gpt-4o=2"), 128000))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> ContextWindows.parse(List.of(), 0)).hasMessageContaining("default");
  }
}
