package dev.macai.song.job.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.song.support.MurekaSimulator;
import dev.macai.song.support.PostgresResource;
import dev.macai.song.support.Songs;
import dev.macai.testkit.redis.RedisResource;
import dev.macai.testkit.tokens.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

  final HttpClient http = HttpClient.newHttpClient();

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
