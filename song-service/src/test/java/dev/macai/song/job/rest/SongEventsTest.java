package dev.macai.song.job.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.macai.platform.sse.SseStreams;
import dev.macai.song.support.MurekaSimulator;
import dev.macai.song.support.PostgresResource;
import dev.macai.song.support.Songs;
import dev.macai.testkit.redis.RedisResource;
import dev.macai.testkit.tokens.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The progress stream: every state change of the caller's jobs, and nobody else's. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(RedisResource.class)
@WithTestResource(MurekaSimulator.class)
class SongEventsTest {

  @TestHTTPResource("/api/v1/song/events")
  URI events;

  @Inject SseStreams streams;

  final HttpClient http = HttpClient.newHttpClient();

  /**
   * A stream held open on a plain socket: closing it is certainly a client that left (the response
   * head may only come with the first event).
   */
  Socket openStream(String token) throws IOException {
    Socket socket = new Socket(events.getHost(), events.getPort());
    OutputStream out = socket.getOutputStream();
    out.write(
        ("GET "
                + events.getPath()
                + " HTTP/1.1\r\nHost: "
                + events.getHost()
                + ":"
                + events.getPort()
                + "\r\nAuthorization: Bearer "
                + token
                + "\r\nAccept: text/event-stream\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }

  @Test
  void theSeventhStreamIsRefusedAndClosingOneFreesItsSlot() throws Exception {
    UUID me = UUID.randomUUID();
    String token = TestTokens.valid(me, "user");
    List<Socket> open = new ArrayList<>();
    try {
      for (int i = 0; i < 6; i++) {
        open.add(openStream(token));
      }
      await().atMost(Duration.ofSeconds(20)).until(() -> streams.openStreams(me) == 6);

      given()
          .header("Authorization", "Bearer " + token)
          .accept("text/event-stream")
          .get(events)
          .then()
          .statusCode(429)
          .contentType("application/problem+json")
          .body("code", equalTo("too_many_streams"));
      // Somebody else still gets theirs.
      UUID eve = UUID.randomUUID();
      open.add(openStream(TestTokens.valid(eve, "user")));
      await().atMost(Duration.ofSeconds(20)).until(() -> streams.openStreams(eve) == 1);

      open.remove(0).close();
      await().atMost(Duration.ofSeconds(20)).until(() -> streams.openStreams(me) == 5);
      open.add(openStream(token));
      await().atMost(Duration.ofSeconds(20)).until(() -> streams.openStreams(me) == 6);
      given()
          .header("Authorization", "Bearer " + token)
          .get(events)
          .then()
          .statusCode(429)
          .body("code", equalTo("too_many_streams"));
    } finally {
      for (Socket socket : open) {
        socket.close();
      }
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> streams.openStreams(me) == 0);
  }

  @Test
  void aStreamEndsByItselfWhenItsTokenExpires() throws Exception {
    UUID me = UUID.randomUUID();
    // exp has whole seconds: this token expires 2 to 3 seconds from now.
    String token = TestTokens.expiringAt(me, Instant.now().plusSeconds(3));
    HttpRequest request =
        HttpRequest.newBuilder(events)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "text/event-stream")
            .build();

    long start = System.nanoTime();
    HttpResponse<String> response =
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).get(20, TimeUnit.SECONDS);

    assertThat(response.statusCode()).isEqualTo(200);
    // Ended by the expiry, not at once for some other reason.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(1500));
    await().atMost(Duration.ofSeconds(5)).until(() -> streams.openStreams(me) == 0);
  }

  @Test
  void streamsMyJobFromQueuedToSucceededAndNotOthers() throws Exception {
    UUID me = UUID.randomUUID();
    UUID eve = UUID.randomUUID();
    HttpRequest request =
        HttpRequest.newBuilder(events)
            .header("Authorization", "Bearer " + TestTokens.valid(me, "user"))
            .header("Accept", "text/event-stream")
            .build();
    List<String> lines = new ArrayList<>();
    String[] task = new String[1];
    // Headers may only come with the first event: read on another thread, submit meanwhile.
    CompletableFuture<Void> reading =
        http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
            .thenAccept(
                response -> {
                  assertThat(response.statusCode()).isEqualTo(200);
                  try (BufferedReader reader =
                      new BufferedReader(
                          new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                      synchronized (lines) {
                        lines.add(line);
                      }
                      if (task[0] != null && line.contains(task[0]) && line.contains("SUCCESS")) {
                        return;
                      }
                    }
                  } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                });
    String evesTask = Songs.generate(eve, "0001 eve", "pop");
    task[0] = Songs.generate(me, "0001 mine", "pop");
    reading.get(90, TimeUnit.SECONDS);

    synchronized (lines) {
      List<String> mine = lines.stream().filter(l -> l.contains(task[0])).toList();
      assertThat(mine).anyMatch(l -> l.contains("\"PROGRESS\""));
      assertThat(mine.get(mine.size() - 1)).contains("\"SUCCESS\"").startsWith("data:");
      assertThat(lines).noneMatch(l -> l.contains(evesTask));
    }
  }

  @Test
  void needsAToken() throws Exception {
    HttpResponse<Void> response =
        http.send(
            HttpRequest.newBuilder(events).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(response.statusCode()).isEqualTo(401);
  }
}
