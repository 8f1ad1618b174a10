package dev.macai.song.job.rest;

import static dev.macai.song.support.Songs.BASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.macai.song.support.MurekaSimulator;
import dev.macai.song.support.PostgresResource;
import dev.macai.song.support.Songs;
import dev.macai.testkit.redis.RedisResource;
import dev.macai.testkit.simulator.InjectSimulator;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The simulator's seed scenarios, end to end through the real worker, Redis and PostgreSQL. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(RedisResource.class)
@WithTestResource(MurekaSimulator.class)
class SongScenariosTest {

  static final Duration WITHIN = Duration.ofSeconds(90);

  @InjectSimulator WireMockServer mureka;

  final UUID me = UUID.randomUUID();

  @Test
  void answers202AtOnceWithTheStoredJob() {
    Users.as(me)
        .body(Songs.song("Verse 0001", "pop, 10s"))
        .post(BASE + "/generate")
        .then()
        .statusCode(202)
        .body("task_id", notNullValue())
        .body("song_id", notNullValue())
        .body("status", equalTo("PENDING"));
  }

  @Test
  void lyricsWith0001SucceedWithTwoArchivedChoices() {
    String task = Songs.generate(me, "Verse one 0001\nChorus", "indie pop");
    JsonPath done = Songs.awaitStatus(me, task, "SUCCESS", WITHIN);
    assertThat(done.getString("mureka_status")).isEqualTo("succeeded");
    assertThat(done.getString("song.mureka_task_id")).startsWith("ok-");
    assertThat(done.getList("song.choices")).hasSize(2);
    assertThat(done.getLong("song.choices[0].duration_ms")).isEqualTo(3000L);
    String songId = done.getString("song_id");
    await()
        .atMost(WITHIN)
        .until(
            () ->
                Users.as(me)
                    .get(BASE + "/" + songId)
                    .then()
                    .extract()
                    .jsonPath()
                    .getList("choices.archived", Boolean.class)
                    .stream()
                    .allMatch(Boolean::booleanValue));
  }

  @Test
  void lyricsWith0002FailWithTheKeyProblem() {
    String task = Songs.generate(me, "0002 la la", "rock");
    JsonPath failed = Songs.awaitStatus(me, task, "FAILURE", WITHIN);
    assertThat(failed.getString("failed_reason")).contains("API key");
    assertThat(failed.getString("song.mureka_task_id")).isNull();
  }

  @Test
  void lyricsWith0003AreAcceptedThenFail() {
    String task = Songs.generate(me, "0003 sad song", "blues");
    JsonPath failed = Songs.awaitStatus(me, task, "FAILURE", WITHIN);
    assertThat(failed.getString("mureka_status")).isEqualTo("failed");
    assertThat(failed.getString("failed_reason")).contains("could not be sung");
    assertThat(failed.getString("song.mureka_task_id")).startsWith("fail-");
  }

  @Test
  void lyricsWith0007WaitOutTwoRateLimitsAndSucceed() {
    mureka.resetScenarios();
    int before = generateCalls("0007");
    String task = Songs.generate(me, "0007 rate me", "funk");
    Songs.awaitStatus(me, task, "SUCCESS", WITHIN);
    assertThat(generateCalls("0007") - before).isEqualTo(3);
  }

  @Test
  void aStylePromptWithSecondsRunsThatLong() {
    String task = Songs.generate(me, "long one", "ambient, 2s");
    JsonPath running = Songs.awaitStatus(me, task, "PROGRESS", WITHIN);
    assertThat(running.getString("song.mureka_task_id")).contains("-2-");
    JsonPath done = Songs.awaitStatus(me, task, "SUCCESS", WITHIN);
    assertThat(
            Duration.between(
                java.time.Instant.parse(done.getString("song.created_at")),
                java.time.Instant.parse(done.getString("song.completed_at"))))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void instrumentalsSucceedWithoutLyrics() {
    String task =
        Users.as(me)
            .body(Map.of("prompt", "lofi beats", "model", "mureka-7.5", "title", "Beat"))
            .post(BASE + "/generate-instrumental")
            .then()
            .statusCode(202)
            .extract()
            .path("task_id");
    JsonPath done = Songs.awaitStatus(me, task, "SUCCESS", WITHIN);
    assertThat(done.getBoolean("song.is_instrumental")).isTrue();
    assertThat(done.getString("song.lyrics")).isNull();
    mureka.verify(
        WireMock.postRequestedFor(WireMock.urlEqualTo("/v1/instrumental/generate"))
            .withRequestBody(
                WireMock.matchingJsonPath("$.prompt", WireMock.equalTo("lofi beats"))));
  }

  @Test
  void invalidRequestsListEveryBadField() {
    Users.as(me)
        .body(Map.of("lyrics", "x".repeat(3001), "prompt", " ", "model", "mureka-9"))
        .post(BASE + "/generate")
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.contains("lyrics", "model", "prompt"));
    Users.as(me)
        .body(Map.of("model", "auto"))
        .post(BASE + "/generate-instrumental")
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.contains("prompt"));
  }

  @Test
  void withoutATokenNothingIsQueued() {
    Users.anonymous()
        .body(Songs.song("0001", "pop"))
        .post(BASE + "/generate")
        .then()
        .statusCode(401);
    Users.anonymous().get(BASE + "/task/status/" + UUID.randomUUID()).then().statusCode(401);
  }

  @Test
  void anotherUsersTaskIsNotFound() {
    String task = Songs.generate(me, "mine 0001", "pop");
    UUID eve = UUID.randomUUID();
    Users.as(eve).get(BASE + "/task/status/" + task).then().statusCode(404);
    Users.as(eve).post(BASE + "/task/" + task + "/cancel").then().statusCode(404);
    Users.as(eve).post(BASE + "/task/" + task + "/recheck").then().statusCode(404);
    Users.as(eve).delete(BASE + "/task/" + task).then().statusCode(404);
    Songs.status(me, task);
  }

  @Test
  void queueStatusCountsMyJobsAndSeesTheWorker() {
    UUID fresh = UUID.randomUUID();
    String task = Songs.generate(fresh, "0001 q", "pop");
    Songs.awaitStatus(fresh, task, "SUCCESS", WITHIN);
    Users.as(fresh)
        .get(BASE + "/task/queue-status")
        .then()
        .statusCode(200)
        .body("completed", equalTo(1))
        .body("pending", equalTo(0))
        .body("slots_max", equalTo(5))
        .body("worker", equalTo("online"));
  }

  @Test
  void theMurekaAccountIsShown() {
    Users.asAdmin(me)
        .get(BASE + "/mureka-account")
        .then()
        .statusCode(200)
        .body("balance", equalTo(1250))
        .body("concurrent_request_limit", equalTo(5));
  }

  /** The Mureka balance is the owner's business, not every account's. */
  @Test
  void theMurekaAccountIsForAdminsOnly() {
    Users.as(me).get(BASE + "/mureka-account").then().statusCode(403);
  }

  @Test
  void slotsAreForAdminsOnly() {
    Users.as(me).get(BASE + "/admin/slots").then().statusCode(403);
    Users.asAdmin(me).get(BASE + "/admin/slots").then().statusCode(200);
    Users.asAdmin(me).delete(BASE + "/admin/slots/nobody").then().statusCode(404);
  }

  private int generateCalls(String marker) {
    return mureka
        .findAll(
            WireMock.postRequestedFor(WireMock.urlEqualTo("/v1/song/generate"))
                .withRequestBody(WireMock.containing(marker)))
        .size();
  }

  static org.hamcrest.Matcher<String> mentions(String text) {
    return containsString(text);
  }
}
