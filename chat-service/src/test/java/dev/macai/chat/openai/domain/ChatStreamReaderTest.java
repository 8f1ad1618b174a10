package dev.macai.chat.openai.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.macai.chat.common.domain.ChatCompletion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ChatStreamReaderTest {

  @Test
  void passesOnEachDeltaAndTakesTheCountsFromTheUsageChunk() {
    ChatStreamReader reader = new ChatStreamReader();
    List<String> tokens = new ArrayList<>();
    for (String line :
        List.of(
            ": keep-alive",
            "data: {\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,"
                + "\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}],\"usage\":null}",
            "",
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"}}]}",
            "data:{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\"}}]}",
            "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}",
            "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":2,"
                + "\"total_tokens\":14}}",
            "data: [DONE]",
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"late\"}}]}")) {
      reader.accept(line).ifPresent(tokens::add);
    }

    assertThat(tokens).containsExactly("Hel", "lo");
    assertThat(reader.done()).isTrue();
    assertThat(reader.completion("gpt-4o-mini"))
        .isEqualTo(new ChatCompletion("Hello", "gpt-4o-mini-2024-07-18", 12, 2));
  }

  @Test
  void withoutAUsageChunkTheCountsAreZeroAndTheModelIsTheRequestedOne() {
    ChatStreamReader reader = new ChatStreamReader();
    reader.accept("data: {\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}");

    assertThat(reader.done()).isFalse();
    assertThat(reader.completion("gpt-4o")).isEqualTo(new ChatCompletion("Hi", "gpt-4o", 0, 0));
  }

  @Test
  void aTruncatedChunkIsMalformed() {
    ChatStreamReader reader = new ChatStreamReader();
    assertThatThrownBy(() -> reader.accept("data: {\"choices\":[{\"delta\":{\"content\":\"Hal"))
        .isInstanceOf(ChatStreamReader.MalformedChunk.class);
    assertThatThrownBy(() -> reader.accept("data: 42"))
        .isInstanceOf(ChatStreamReader.MalformedChunk.class);
  }

  @Test
  void anErrorInsideTheStreamCarriesOpenAisMessage() {
    ChatStreamReader reader = new ChatStreamReader();
    assertThatThrownBy(
            () -> reader.accept("data: {\"error\":{\"message\":\"overloaded\",\"type\":\"x\"}}"))
        .isInstanceOf(ChatStreamReader.StreamError.class)
        .hasMessage("overloaded");
  }

  /** Whatever the pieces, the reply is their concatenation, passed on in order. */
  @Property(tries = 200)
  void theReplyIsTheDeltasInOrder(@ForAll @Size(max = 20) List<String> pieces) {
    ChatStreamReader reader = new ChatStreamReader();
    List<String> passedOn = new ArrayList<>();
    for (String piece : pieces) {
      String escaped =
          new com.fasterxml.jackson.databind.node.TextNode(piece).toString(); // JSON string
      Optional<String> token =
          reader.accept("data: {\"choices\":[{\"delta\":{\"content\":" + escaped + "}}]}");
      token.ifPresent(passedOn::add);
    }
    reader.accept("data: [DONE]");

    assertThat(passedOn)
        .containsExactlyElementsOf(pieces.stream().filter(p -> !p.isEmpty()).toList());
    assertThat(reader.completion("m").content()).isEqualTo(String.join("", pieces));
  }
}
