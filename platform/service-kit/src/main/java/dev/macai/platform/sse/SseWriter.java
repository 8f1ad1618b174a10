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
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ServerHttpResponse;

/**
 * Writes named Server-Sent Events, one at a time, each on the wire before {@link #send} returns. A
 * client that has gone makes {@code send} throw {@link ClientGone}, so the producer can stop (and,
 * say, keep what it has as an incomplete reply). Two ways to open one:
 *
 * <ul>
 *   <li>{@link #response}: a {@code StreamingOutput}, for an endpoint that answers JSON or a
 *       stream; Quarkus silently drops a departed client's writes, so each send asks the connection
 *       whether the client is still there;
 *   <li>{@link #on(SseEventSink, Sse)}: JAX-RS's sink, which knows at once that a client has gone.
 * </ul>
 */
public final class SseWriter {

  private final BiConsumer<String, String> wire;
  private final Runnable close;
  private boolean ended; // guarded by this

  /**
   * @param wire puts one event on the wire, throwing {@link ClientGone} when it cannot
   * @param close ends the response
   */
  private SseWriter(BiConsumer<String, String> wire, Runnable close) {
    this.wire = wire;
    this.close = close;
  }

  /** The stream as a response: not cached, and not buffered by an nginx in front. */
  public static Response response(Consumer<SseWriter> events) {
    BooleanSupplier gone = clientGone();
    return response((StreamingOutput) out -> events.accept(onto(out, gone)));
  }

  /**
   * The stream as a response, holding {@code slot} until it ends; when the token expires first, the
   * stream ends with an {@code expiryEvent} event carrying {@code expiryData}.
   */
  public static Response response(
      SseStreams.Slot slot, String expiryEvent, String expiryData, Consumer<SseWriter> events) {
    BooleanSupplier gone = clientGone();
    return response(
        (StreamingOutput)
            out -> {
              try (slot) {
                SseWriter writer = onto(out, gone);
                slot.endOnTokenExpiry(writer, expiryEvent, expiryData);
                events.accept(writer);
              }
            });
  }

  private static Response response(StreamingOutput body) {
    return Response.ok(body, MediaType.SERVER_SENT_EVENTS)
        .header("Cache-Control", "no-cache")
        .header("X-Accel-Buffering", "no")
        .build();
  }

  /**
   * Whether this request's client has closed the connection; asked from the request's thread,
   * answered from any. Never, outside a request.
   */
  private static BooleanSupplier clientGone() {
    ResteasyReactiveRequestContext request = CurrentRequestManager.get();
    if (request == null) {
      return () -> false;
    }
    ServerHttpResponse response = request.serverResponse();
    return response::closed;
  }

  /** Events written as bytes onto {@code out}, flushed one by one. */
  public static SseWriter onto(OutputStream out) {
    return onto(out, () -> false);
  }

  private static SseWriter onto(OutputStream out, BooleanSupplier gone) {
    return new SseWriter(
        (name, data) -> {
          if (gone.getAsBoolean()) {
            throw new ClientGone(null);
          }
          try {
            out.write(event(name, data));
            out.flush();
          } catch (IOException e) {
            throw new ClientGone(e);
          }
        },
        () -> {
          try {
            out.close();
          } catch (IOException alreadyGone) {
            // the client left already
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
        },
        sink::close);
  }

  /** Sends one event; after {@link #end} or once the client has gone, throws {@link ClientGone}. */
  public synchronized void send(String name, String data) {
    if (ended) {
      throw new ClientGone(null);
    }
    wire.accept(name, data);
  }

  /**
   * Sends a last event and ends the response, from any thread (e.g. when the token expires); the
   * producer's next {@link #send} throws {@link ClientGone}, so it stops. Later calls do nothing.
   */
  public synchronized void end(String name, String data) {
    if (ended) {
      return;
    }
    ended = true;
    try {
      wire.accept(name, data);
    } catch (ClientGone gone) {
      // nobody left to tell
    }
    close.run();
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
      super("SSE client disconnected", cause == null ? new IOException("stream closed") : cause);
    }
  }
}
