package dev.macai.platform.sse;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Writes Server-Sent Events onto a response stream, each flushed at once. A client that has gone
 * makes the next {@link #send} throw {@link ClientGone}, so the producer stops (and, say, stops
 * reading from the model). {@link #response} answers with a {@code StreamingOutput} that uses one.
 */
public final class SseWriter {

  private final OutputStream out;

  /** The stream as a response: not cached, and not buffered by an nginx in front. */
  public static Response response(Consumer<SseWriter> events) {
    StreamingOutput body = out -> events.accept(new SseWriter(out));
    return Response.ok(body, MediaType.SERVER_SENT_EVENTS)
        .header("Cache-Control", "no-cache")
        .header("X-Accel-Buffering", "no")
        .build();
  }

  public SseWriter(OutputStream out) {
    this.out = out;
  }

  public void send(String name, String data) {
    try {
      out.write(event(name, data));
      out.flush();
    } catch (IOException e) {
      throw new ClientGone(e);
    }
  }

  /**
   * One event on the wire. Each line of {@code data} gets its own {@code data: } field; the space
   * after the colon is the one a client strips, so a piece like {@code " good"} keeps its own.
   */
  public static byte[] event(String name, String data) {
    StringBuilder event = new StringBuilder("event: ").append(name).append('\n');
    for (String line : data.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      event.append("data: ").append(line).append('\n');
    }
    return event.append('\n').toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The client closed the connection. */
  public static final class ClientGone extends UncheckedIOException {
    ClientGone(IOException cause) {
      super("SSE client disconnected", cause);
    }
  }
}
