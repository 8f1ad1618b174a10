package dev.macai.song.job.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.macai.song.support.MurekaSimulator;
import dev.macai.song.support.PostgresResource;
import dev.macai.song.support.Songs;
import dev.macai.testkit.redis.RedisResource;
import dev.macai.testkit.simulator.InjectSimulator;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 50 jobs against an account allowing 5 concurrent requests (the simulator's billing answer, used
 * because MUREKA_MAX_CONCURRENT is unset): at no moment does Mureka see more than 5 of them
 * running, counted from the simulator's own request log.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(RedisResource.class)
@WithTestResource(MurekaSimulator.class)
class ConcurrencyCapTest {

  static final int JOBS = 50;
  static final int CAP = 5;

  @InjectSimulator WireMockServer mureka;

  @Test
  void fiftyJobsNeverRunMoreThanFiveAtOnceAtMureka() {
    UUID user = UUID.randomUUID();
    String marker = "cap-" + UUID.randomUUID();
    List<String> tasks = new ArrayList<>();
    for (int i = 0; i < JOBS; i++) {
      tasks.add(Songs.generate(user, marker + " " + i, "short, 1s"));
    }
    await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                Users.as(user)
                        .get(Songs.BASE + "/task/queue-status")
                        .then()
                        .extract()
                        .jsonPath()
                        .getInt("completed")
                    == JOBS);

    assertThat(peakRunningAtMureka(marker)).isLessThanOrEqualTo(CAP).isGreaterThanOrEqualTo(2);
  }

  /** From the log: a task runs from its generate call until a query first answers it ended. */
  private int peakRunningAtMureka(String marker) {
    Map<String, Long> started = new HashMap<>();
    for (var event : mureka.getAllServeEvents()) {
      LoggedRequest request = event.getRequest();
      if (request.getUrl().equals("/v1/song/generate")
          && request.getBodyAsString().contains(marker)
          && event.getResponse().getStatus() == 200) {
        String id =
            event.getResponse().getBodyAsString().replaceAll("(?s).*\"id\": \"([^\"]+)\".*", "$1");
        started.put(id, request.getLoggedDate().getTime());
      }
    }
    assertThat(started).hasSize(JOBS);
    Map<String, Long> ended = new HashMap<>();
    for (var request : mureka.findAll(anyRequestedFor(urlPathMatching("/v1/song/query/.*")))) {
      String id = request.getUrl().substring("/v1/song/query/".length());
      if (started.containsKey(id)) {
        ended.merge(id, request.getLoggedDate().getTime(), Math::max);
      }
    }
    List<long[]> changes = new ArrayList<>();
    started.forEach((id, at) -> changes.add(new long[] {at, +1}));
    ended.forEach((id, at) -> changes.add(new long[] {at, -1}));
    // At equal times count the ends first: a slot freed and retaken in one millisecond is one.
    changes.sort(Comparator.<long[]>comparingLong(c -> c[0]).thenComparingLong(c -> c[1]));
    int running = 0;
    int peak = 0;
    for (long[] change : changes) {
      running += (int) change[1];
      peak = Math.max(peak, running);
    }
    return peak;
  }
}
