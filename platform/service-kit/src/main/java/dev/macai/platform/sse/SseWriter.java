package dev.macai.platform.sse;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Writes named Server-Sent Events, one at a time, each on the wire before {@link #send} returns. A
 * client that has gone makes {@code send} throw {@link ClientGone}, so the producer can stop (and,
 * say, keep what it has as an incomplete reply). Two ways to open one:
 *
 * <ul>
 *   <li>{@link #response}: a {@code StreamingOutput}, for an endpoint that answers JSON or a
 *       stream; Quarkus buffers a departed client's writes, so it notices the end only at the end;
 *   <li>{@link #on(SseEventSink, Sse)}: JAX-RS's sink, which knows at once that a client has gone.
 * </ul>
 */
public final class SseWriter {

  private interface Wire {
    void send(String name, String data);
  }

  private final Wire wire;

  private SseWriter(Wire wire) {
    this.wire = wire;
  }

  /** The stream as a response: not cached, and not buffered by an nginx in front. */
  public static Response response(Consumer<SseWriter> events) {
    StreamingOutput body = out -> events.accept(onto(out));
    return Response.ok(body, MediaType.SERVER_SENT_EVENTS)
        .header("Cache-Control", "no-cache")
        .header("X-Accel-Buffering", "no")
        .build();
  }

  /** Events written as bytes onto {@code out}, flushed one by one. */
  public static SseWriter onto(OutputStream out) {
    return new SseWriter(
        (name, data) -> {
          try {
            out.write(event(name, data));
            out.flush();
          } catch (IOException e) {
            throw new ClientGone(e);
          }
        });
  }

  /**
   * Events sent through a JAX-RS sink, each send awaited. Quarkus writes {@code data:} without the
   * space a client strips, so one is added per line: a piece like {@code " good"} keeps its own.
   */
  public static SseWriter on(SseEventSink sink, Sse sse) {
    return new SseWriter(
        (name, data) -> {
          if (sink.isClosed()) {
            throw new ClientGone(null);
          }
          String spaced = " " + lines(data).replace("\n", "\n ");
          try {
            sink.send(sse.newEventBuilder().name(name).data(spaced).build())
                .toCompletableFuture()
                .join();
          } catch (RuntimeException e) {
            throw new ClientGone(new IOException(e));
          }
        });
  }

  public void send(String name, String data) {
    wire.send(name, data);
  }

  /** One event on the wire; each line of {@code data} gets its own {@code data: } field. */
  static byte[] event(String name, String data) {
    StringBuilder event = new StringBuilder("event: ").append(name).append('\n');
    for (String line : lines(data).split("\n", -1)) {
      event.append("data: ").append(line).append('\n');
    }
    return event.append('\n').toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String lines(String data) {
    return data.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The client closed the connection. */
  public static final class ClientGone extends UncheckedIOException {
    ClientGone(IOException cause) {
      super("SSE client disconnected", cause == null ? new IOException("sink closed") : cause);
    }
  }
}
