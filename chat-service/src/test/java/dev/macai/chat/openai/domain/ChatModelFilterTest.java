package dev.macai.chat.openai.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatModelFilterTest {

  @Test
  void idsInTheirOrder() {
    ChatModelFilter filter = ChatModelFilter.parse(List.of("gpt-5.4-mini", " gpt-6.2-sol ", ""));
    assertThat(filter.ids()).containsExactly("gpt-5.4-mini", "gpt-6.2-sol");
    assertThat(filter.windows()).isEmpty();
    assertThat(filter.admits("gpt-6.2-sol")).isTrue();
    assertThat(filter.admits("gpt-4o")).isFalse();
  }

  @Test
  void emptyAdmitsEverything() {
    assertThat(ChatModelFilter.parse(List.of()).isEmpty()).isTrue();
    assertThat(ChatModelFilter.none().admits("gpt-4o")).isTrue();
  }

  /** The old OPENAI_CHAT_MODELS syntax an owner's .env may still have. */
  @Test
  void readsTheOldNameEqualsWindowEntries() {
    ChatModelFilter filter =
        ChatModelFilter.parse(List.of("gpt-4o=128000", "gpt-4.1-mini = 1047576", "gpt-5.4-mini"));
    assertThat(filter.ids()).containsExactly("gpt-4o", "gpt-4.1-mini", "gpt-5.4-mini");
    assertThat(filter.windows()).isEqualTo(Map.of("gpt-4o", 128000, "gpt-4.1-mini", 1047576));
  }

  @Test
  void refusesMalformedEntries() {
    assertThatThrownBy(() -> ChatModelFilter.parse(List.of("gpt-4o=")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gpt-4o=");
    assertThatThrownBy(() -> ChatModelFilter.parse(List.of("=128000")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChatModelFilter.parse(List.of("gpt-4o=big")))
        .hasMessageContaining("whole-number");
    assertThatThrownBy(() -> ChatModelFilter.parse(List.of("gpt-4o", "gpt-4o=128000")))
        .hasMessageContaining("twice");
  }
}
