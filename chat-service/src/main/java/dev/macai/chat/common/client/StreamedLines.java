package dev.macai.chat.common.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.StringJoiner;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A streamed response body read line by line, with a limit on silence between lines. The JDK's
 * request timeout covers only the wait for the response head; a provider that sends its headers and
 * then stalls would otherwise hold a thread (and the user's spinner) forever. Lines arrive on the
 * HTTP client's thread and wait in a queue; {@link #next()} waits at most the idle limit for one.
 */
public final class StreamedLines implements AutoCloseable {

  private static final Object END = new Object();

  private final HttpResponse.ResponseInfo head;
  private final LineQueue lines;
  private final Duration idleLimit;

  private StreamedLines(HttpResponse.ResponseInfo head, LineQueue lines, Duration idleLimit) {
    this.head = head;
    this.lines = lines;
    this.idleLimit = idleLimit;
  }

  /**
   * Sends {@code request} and returns once the response head is there. Failures to connect or a
   * head that does not come within the request's timeout arrive as the HTTP client throws them.
   */
  public static StreamedLines open(HttpClient http, HttpRequest request, Duration idleLimit)
      throws IOException, InterruptedException {
    LineQueue lines = new LineQueue();
    CompletableFuture<HttpResponse.ResponseInfo> head = new CompletableFuture<>();
    CompletableFuture<HttpResponse<Void>> exchange =
        http.sendAsync(
            request,
            info -> {
              head.complete(info);
              return HttpResponse.BodySubscribers.fromLineSubscriber(lines);
            });
    // The exchange only ends with the body, so it can complete first only by failing.
    exchange.whenComplete(
        (response, failure) -> {
          if (failure != null) {
            head.completeExceptionally(failure);
          }
        });
    try {
      return new StreamedLines(head.get(), lines, idleLimit);
    } catch (ExecutionException e) {
      exchange.cancel(true);
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException(cause);
    }
  }

  public int status() {
    return head.statusCode();
  }

  public HttpHeaders headers() {
    return head.headers();
  }

  /**
   * The next line, or null at the end of the body.
   *
   * @throws IdleTimeout when no line came within the idle limit (the stream is then closed)
   * @throws UncheckedIOException when the connection broke
   */
  public String next() throws InterruptedException {
    Object item = lines.queue.poll(idleLimit.toMillis(), TimeUnit.MILLISECONDS);
    if (item == null) {
      close();
      throw new IdleTimeout(idleLimit);
    }
    if (item == END) {
      return null;
    }
    if (item instanceof Throwable failure) {
      throw new UncheckedIOException(
          failure instanceof IOException io ? io : new IOException(failure));
    }
    return (String) item;
  }

  /** The rest of the body, e.g. an error document, within the same idle limit per line. */
  public String remainder() throws InterruptedException {
    StringJoiner body = new StringJoiner("\n");
    for (String line = next(); line != null; line = next()) {
      body.add(line);
    }
    return body.toString();
  }

  /** An error document that came instead of a stream, or null when even that does not come. */
  public String errorBody() {
    try {
      return remainder();
    } catch (RuntimeException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Stops reading; the HTTP client then closes the connection. */
  @Override
  public void close() {
    Flow.Subscription subscription = lines.subscription;
    if (subscription != null) {
      subscription.cancel();
    }
  }

  /** The server sent nothing for longer than the idle limit. */
  public static final class IdleTimeout extends RuntimeException {
    IdleTimeout(Duration limit) {
      super("no data for " + limit.toMillis() + " ms", null, false, false);
    }
  }

  /** Takes everything at once: a reply is small, and the reader drains it as fast as it comes. */
  private static final class LineQueue implements Flow.Subscriber<String> {
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
      queue.add(line);
    }

    @Override
    public void onError(Throwable failure) {
      queue.add(failure);
    }

    @Override
    public void onComplete() {
      queue.add(END);
    }
  }
}
