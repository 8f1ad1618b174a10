package dev.macai.chat.ollama.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.chat.common.domain.ProviderFailure;
import dev.macai.chat.common.rest.Problem;
import dev.macai.chat.ollama.domain.Generation;
import dev.macai.chat.ollama.service.TemplateStream;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/**
 * A streamed template run written as Server-Sent Events: {@code token} per piece, then {@code done}
 * with the same JSON as the non-streaming answer, or {@code error} with a problem document. Each
 * event is flushed at once; a client that has gone makes the next write fail, which stops reading
 * from Ollama.
 */
final class TemplateEventStream implements StreamingOutput {

  private static final Logger LOG = Logger.getLogger(TemplateEventStream.class);

  private final TemplateStream stream;
  private final ObjectMapper json;

  TemplateEventStream(TemplateStream stream, ObjectMapper json) {
    this.stream = stream;
    this.json = json;
  }

  @Override
  public void write(OutputStream out) throws IOException {
    try (stream) {
      Generation result;
      try {
        result = stream.drain(piece -> send(out, "token", piece));
      } catch (ProviderFailure e) {
        LOG.warnf("Ollama failed mid-stream (%d): %s", e.status(), e.getMessage());
        send(out, "error", toJson(Problem.of(e)));
        return;
      }
      send(out, "done", toJson(GenerateUnifiedResponse.of(result)));
    } catch (UncheckedIOException clientGone) {
      LOG.debug("Client left a streamed template run");
    }
  }

  private static void send(OutputStream out, String name, String data) {
    try {
      out.write(event(name, data));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One event on the wire; each line of {@code data} gets its own {@code data:} field. */
  static byte[] event(String name, String data) {
    StringBuilder event = new StringBuilder("event: ").append(name).append('\n');
    for (String line : data.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      event.append("data: ").append(line).append('\n');
    }
    return event.append('\n').toString().getBytes(StandardCharsets.UTF_8);
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
