package dev.macai.song.job.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.macai.song.support.Songs.BASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.macai.song.support.Budgets;
import dev.macai.song.support.ManualWorker;
import dev.macai.song.support.MurekaSimulator;
import dev.macai.song.support.PostgresResource;
import dev.macai.song.support.Songs;
import dev.macai.testkit.redis.RedisResource;
import dev.macai.testkit.simulator.InjectSimulator;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Replicas that die mid-job, provider storms, timeouts and cancels, with the worker driven by the
 * test: "ghost" claims a job and dies at a chosen point, "survivor" carries on.
 */
@QuarkusTest
@TestProfile(ManualWorker.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(RedisResource.class)
@WithTestResource(MurekaSimulator.class)
class CrashSafetyTest {

  static final String GHOST = "ghost";
  static final String SURVIVOR = "survivor";
  static final Duration WITHIN = Duration.ofSeconds(60);

  @InjectSimulator WireMockServer mureka;
  @Inject JobWorker worker;
  @Inject JobStore store;

  final UUID me = UUID.randomUUID();

  @Test
  void aJobWhoseReplicaDiedBeforeSubmittingIsSubmittedOnceByAnother() {
    String marker = "0001 " + UUID.randomUUID();
    String task = Songs.generate(me, marker, "pop");
    UUID song = songId(task);
    ghostClaims(song);

    worker.runOnce(SURVIVOR);
    assertThat(Songs.status(me, task).getString("status")).isEqualTo("PENDING");

    JsonPath done = runUntil(task, "SUCCESS");
    assertThat(done.getList("song.choices")).hasSize(2);
    assertThat(generateCalls(marker)).isEqualTo(1);
  }

  @Test
  void aJobWhoseReplicaDiedWhilePollingIsFinishedWithoutASecondSubmit() {
    String marker = "0001 " + UUID.randomUUID();
    String task = Songs.generate(me, marker, "pop");
    UUID song = songId(task);
    ghostClaims(song);
    worker.advance(GHOST, song);
    String murekaTask = Songs.status(me, task).getString("song.mureka_task_id");
    assertThat(murekaTask).isNotNull();
    // The ghost claims it again to poll, then dies holding the lease.
    await()
        .atMost(WITHIN)
        .until(
            () ->
                store
                    .claimDue(GHOST, Instant.now(), Instant.now().plusSeconds(1), 50)
                    .contains(song));

    JsonPath done = runUntil(task, "SUCCESS");
    assertThat(done.getString("song.mureka_task_id")).isEqualTo(murekaTask);
    assertThat(generateCalls(marker)).isEqualTo(1);
  }

  @Test
  void aReplicaDyingBetweenSendingAndStoringFailsTheJobInsteadOfPayingTwice() {
    String marker = "0001 " + UUID.randomUUID();
    String task = Songs.generate(me, marker, "pop");
    UUID song = songId(task);
    ghostClaims(song);
    assertThat(store.markSubmitting(song, GHOST, Instant.now())).isTrue();

    JsonPath failed = runUntil(task, "FAILURE");
    assertThat(failed.getString("failed_reason")).startsWith("submission_unconfirmed");
    assertThat(generateCalls(marker)).isZero();
  }

  @Test
  void aRateLimitStormDelaysButNeverFailsTheJob() {
    String marker = "storm429-" + UUID.randomUUID();
    StubMapping storm =
        mureka.stubFor(
            post(urlEqualTo("/v1/song/generate"))
                .atPriority(0)
                .withRequestBody(containing(marker))
                .willReturn(
                    aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "0")
                        .withBody("{\"error\":{\"message\":\"Too many requests\"}}")));
    String task = Songs.generate(me, marker, "pop");
    await()
        .atMost(WITHIN)
        .until(
            () -> {
              worker.runOnce(SURVIVOR);
              return generateCalls(marker) >= 3;
            });
    JsonPath waiting = Songs.status(me, task);
    assertThat(waiting.getString("status")).isEqualTo("PENDING");
    assertThat(waiting.getString("progress_info")).contains("Mureka is busy: Too many requests");
    mureka.removeStub(storm);

    runUntil(task, "SUCCESS");
  }

  @Test
  void anOverloadedStatusQueryStormDoesNotFailTheJob() {
    String task = Songs.generate(me, "0001 overload", "pop");
    UUID song = songId(task);
    ghostClaims(song);
    worker.advance(GHOST, song);
    String murekaTask = Songs.status(me, task).getString("song.mureka_task_id");
    StubMapping storm =
        mureka.stubFor(
            WireMock.get(urlPathMatching("/v1/song/query/" + murekaTask))
                .atPriority(0)
                .willReturn(aResponse().withStatus(503).withBody("overloaded")));
    await()
        .atMost(WITHIN)
        .until(
            () -> {
              worker.runOnce(SURVIVOR);
              return queryCalls(murekaTask) >= 5;
            });
    assertThat(Songs.status(me, task).getString("status")).isEqualTo("PROGRESS");
    mureka.removeStub(storm);

    runUntil(task, "SUCCESS");
  }

  @Test
  void aTimedOutJobKeepsItsMurekaTaskAndARecheckCompletesIt() {
    String task = Songs.generate(me, "slow one", "drone, 18s");
    JsonPath failed = runUntil(task, "FAILURE");
    assertThat(failed.getString("failed_reason")).isEqualTo("timeout");
    String murekaTask = failed.getString("song.mureka_task_id");
    assertThat(murekaTask).isNotNull();
    // The failure gave the day's unit back ...
    assertThat(Budgets.used(me)).isZero();

    // Mureka finishes after our deadline; a recheck then completes the song.
    await()
        .atMost(WITHIN)
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                "SUCCESS"
                    .equals(
                        Users.as(me)
                            .post(BASE + "/task/" + task + "/recheck")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("status")));
    JsonPath done = Songs.status(me, task);
    assertThat(done.getString("song.mureka_task_id")).isEqualTo(murekaTask);
    assertThat(done.getList("song.choices")).hasSize(2);
    // ... and the song that came after all counts again, once.
    assertThat(Budgets.used(me)).isEqualTo(1);
  }

  @Test
  void aJobThatNeverReachedMurekaCannotBeRechecked() {
    String task = Songs.generate(me, "0002 nope", "pop");
    runUntil(task, "FAILURE");
    Users.as(me).post(BASE + "/task/" + task + "/recheck").then().statusCode(409);
  }

  @Test
  void aPendingJobIsCancelledAndNeverSubmitted() {
    String marker = "0001 " + UUID.randomUUID();
    String task = Songs.generate(me, marker, "pop");
    Users.as(me)
        .post(BASE + "/task/" + task + "/cancel")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));
    worker.runOnce(SURVIVOR);
    assertThat(generateCalls(marker)).isZero();
    assertThat(Songs.status(me, task).getString("status")).isEqualTo("CANCELLED");
  }

  @Test
  void aRunningJobIsCancelledItsPollingStopsAndItsSlotIsFreed() {
    String task = Songs.generate(me, "running", "pop, 5s");
    UUID song = songId(task);
    ghostClaims(song);
    worker.advance(GHOST, song);
    String murekaTask = Songs.status(me, task).getString("song.mureka_task_id");
    assertThat(slotHolders()).contains(song.toString());

    Users.as(me)
        .post(BASE + "/task/" + task + "/cancel")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("song.mureka_task_id", equalTo(murekaTask));
    assertThat(slotHolders()).doesNotContain(song.toString());
    int queries = queryCalls(murekaTask);
    worker.runOnce(SURVIVOR);
    assertThat(queryCalls(murekaTask)).isEqualTo(queries);
  }

  @Test
  void anEndedJobCannotBeCancelled() {
    String task = Songs.generate(me, "0003 ends", "pop");
    runUntil(task, "FAILURE");
    Users.as(me).post(BASE + "/task/" + task + "/cancel").then().statusCode(409);
  }

  @Test
  void aGenerateCallThatTimesOutIsNotRepeated() {
    String marker = "slowgen-" + UUID.randomUUID();
    StubMapping slow =
        mureka.stubFor(
            post(urlEqualTo("/v1/song/generate"))
                .atPriority(0)
                .withRequestBody(containing(marker))
                .willReturn(aResponse().withStatus(200).withFixedDelay(3000).withBody("{}")));
    try {
      String task = Songs.generate(me, marker, "pop");
      JsonPath failed = runUntil(task, "FAILURE");
      assertThat(failed.getString("failed_reason")).startsWith("submission_unconfirmed");
      assertThat(generateCalls(marker)).isEqualTo(1);
    } finally {
      mureka.removeStub(slow);
    }
  }

  @Test
  void garbageFromGenerateIsNotRepeatedEither() {
    String marker = "garbage-" + UUID.randomUUID();
    StubMapping garbage =
        mureka.stubFor(
            post(urlEqualTo("/v1/song/generate"))
                .atPriority(0)
                .withRequestBody(containing(marker))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": ")));
    try {
      String task = Songs.generate(me, marker, "pop");
      JsonPath failed = runUntil(task, "FAILURE");
      assertThat(failed.getString("failed_reason")).contains("malformed");
      assertThat(generateCalls(marker)).isEqualTo(1);
    } finally {
      mureka.removeStub(garbage);
    }
  }

  private void ghostClaims(UUID song) {
    assertThat(store.claimDue(GHOST, Instant.now(), Instant.now().plusSeconds(1), 50))
        .contains(song);
  }

  private JsonPath runUntil(String task, String status) {
    JsonPath[] last = new JsonPath[1];
    await()
        .atMost(WITHIN)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              worker.runOnce(SURVIVOR);
              last[0] = Songs.status(me, task);
              return status.equals(last[0].getString("status"));
            });
    return last[0];
  }

  private UUID songId(String task) {
    return UUID.fromString(Songs.status(me, task).getString("song_id"));
  }

  private java.util.List<String> slotHolders() {
    return Users.asAdmin(me)
        .get(BASE + "/admin/slots")
        .then()
        .extract()
        .jsonPath()
        .getList("holder");
  }

  private int generateCalls(String marker) {
    return mureka
        .findAll(
            postRequestedFor(urlEqualTo("/v1/song/generate")).withRequestBody(containing(marker)))
        .size();
  }

  private int queryCalls(String murekaTask) {
    return mureka.findAll(getRequestedFor(urlEqualTo("/v1/song/query/" + murekaTask))).size();
  }
}
