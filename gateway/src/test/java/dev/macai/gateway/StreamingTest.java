package dev.macai.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.macai.gateway.support.FakeServices;
import dev.macai.gateway.support.GatewayClient;
import dev.macai.gateway.support.RunningGateway;
import dev.macai.testkit.tokens.TestTokens;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Server-Sent Events pass through unbuffered: the upstream sends its first event and then waits
 * until the client has seen it before sending the second and ending. A buffering gateway would hold
 * the first event until the end, so the upstream would only go on after its wait timed out.
 */
class StreamingTest {

  private static final long UPSTREAM_WAIT_SECONDS = 10;

  private static FakeServices services;
  private static HttpServer eventSource;
  private static RunningGateway gateway;
  private static GatewayClient client;
  private static volatile CountDownLatch clientSawFirstEvent;
  private static final AtomicBoolean upstreamGaveUpWaiting = new AtomicBoolean();

  @BeforeAll
  static void start() throws IOException {
    RunningGateway.requireNginx();
    services = FakeServices.start();
    eventSource = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    eventSource.createContext("/", StreamingTest::streamTwoEvents);
    eventSource.setExecutor(Executors.newCachedThreadPool());
    eventSource.start();
    String address = "127.0.0.1:" + eventSource.getAddress().getPort();
    gateway =
        RunningGateway.builder(services)
            .upstream("chat", address)
            .upstream("song", address)
            .start();
    client = new GatewayClient(gateway);
  }

  @AfterAll
  static void stop() {
    if (gateway != null) {
      gateway.close();
    }
    if (eventSource != null) {
      eventSource.stop(0);
    }
    if (services != null) {
      services.close();
    }
  }

  @BeforeEach
  void freshLatch() {
    clientSawFirstEvent = new CountDownLatch(1);
    upstreamGaveUpWaiting.set(false);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "POST, /api/v1/conversations/3f0c1c9e-1b7a-4d3e-9d7e-0a1b2c3d4e5f/messages/stream",
    "GET, /api/v1/song/events",
    // Any route streams when the service says so with X-Accel-Buffering: no (see the handler).
    "POST, /api/v1/ollama/chat/generate-unified"
  })
  void theFirstEventArrivesWhileTheUpstreamIsStillStreaming(String method, String path)
      throws Exception {
    HttpRequest request =
        client
            .request(path)
            .header("Authorization", "Bearer " + TestTokens.valid(UUID.randomUUID(), "user"))
            .header("Accept", "text/event-stream")
            .header("Accept-Encoding", "gzip")
            .method(method, HttpRequest.BodyPublishers.ofString("{\"content\":\"hi\"}"))
            .build();

    HttpResponse<Stream<String>> response =
        client.http().send(request, HttpResponse.BodyHandlers.ofLines());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
    // Compressing would hold events back as well.
    assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
    Iterator<String> lines = response.body().iterator();
    assertThat(lines.next()).isEqualTo("data: first");
    clientSawFirstEvent.countDown();
    StringBuilder rest = new StringBuilder();
    lines.forEachRemaining(line -> rest.append(line).append('\n'));
    assertThat(rest.toString()).contains("data: second");
    assertThat(upstreamGaveUpWaiting).as("the gateway held the first event back").isFalse();
  }

  /**
   * A service refusing one stream too many (the kit's 429 {@code too_many_streams}) reaches the
   * client as the service wrote it, not replaced by the gateway's own rate-limit problem.
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "POST, /api/v1/conversations/3f0c1c9e-1b7a-4d3e-9d7e-0a1b2c3d4e5f/messages/stream",
    "GET, /api/v1/song/events",
    "POST, /api/v1/ollama/chat/generate-unified"
  })
  void aServicesTooManyStreamsRefusalPassesThrough(String method, String path) throws Exception {
    HttpRequest request =
        client
            .request(path + "?refuse=too_many_streams")
            .header("Authorization", "Bearer " + TestTokens.valid(UUID.randomUUID(), "user"))
            .header("Accept", "text/event-stream")
            .method(method, HttpRequest.BodyPublishers.ofString("{\"content\":\"hi\"}"))
            .build();

    HttpResponse<String> response =
        client.http().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("\"code\":\"too_many_streams\"");
  }

  private static void streamTwoEvents(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    String query = exchange.getRequestURI().getQuery();
    if (query != null && query.contains("refuse=too_many_streams")) {
      byte[] problem =
          ("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                  + "\"detail\":\"You have 6 live streams open already.\","
                  + "\"code\":\"too_many_streams\"}")
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
      exchange.sendResponseHeaders(429, problem.length);
      try (OutputStream body = exchange.getResponseBody()) {
        body.write(problem);
      }
      return;
    }
    exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
    if (exchange.getRequestURI().getPath().endsWith("/generate-unified")) {
      // Not an SSE location of the gateway: the service asks nginx not to buffer this answer.
      exchange.getResponseHeaders().add("X-Accel-Buffering", "no");
    }
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream body = exchange.getResponseBody()) {
      body.write("data: first\n\n".getBytes(StandardCharsets.UTF_8));
      body.flush();
      try {
        upstreamGaveUpWaiting.set(
            !clientSawFirstEvent.await(UPSTREAM_WAIT_SECONDS, TimeUnit.SECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      body.write("data: second\n\n".getBytes(StandardCharsets.UTF_8));
    }
  }
}
