package dev.macai.platform.sse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SseWriterTest {

  @Test
  void eachLineOfDataIsItsOwnFieldAndLeadingSpacesSurvive() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    SseWriter.onto(out).send("token", " good\r\nnight");

    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("event: token\ndata:  good\ndata: night\n\n");
  }

  @Test
  void aClientThatLeftStopsTheProducer() {
    OutputStream gone =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
          }
        };

    assertThatThrownBy(() -> SseWriter.onto(gone).send("done", "{}"))
        .isInstanceOf(SseWriter.ClientGone.class);
  }
}
