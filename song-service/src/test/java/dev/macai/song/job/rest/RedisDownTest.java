package dev.macai.song.job.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.macai.song.support.PostgresResource;
import dev.macai.song.support.RedisDown;
import dev.macai.song.support.Songs;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Without Redis the API still takes and reports jobs from Postgres; readiness says what is down.
 */
@QuarkusTest
@TestProfile(RedisDown.class)
@WithTestResource(PostgresResource.class)
class RedisDownTest {

  final UUID me = UUID.randomUUID();

  @Test
  void jobsAreStillQueuedAndReportedFromPostgres() {
    String task = Songs.generate(me, "0001 no redis", "pop");
    Songs.status(me, task);
    Users.as(me)
        .get(Songs.BASE + "/task/status/" + task)
        .then()
        .statusCode(200)
        .body("status", equalTo("PENDING"));
    Users.as(me)
        .get(Songs.BASE + "/task/queue-status")
        .then()
        .statusCode(200)
        .body("pending", equalTo(1))
        .body("slots_in_use", nullValue())
        .body("worker", equalTo("unknown"));
  }

  @Test
  void anUnreachableMurekaIsABadGateway() {
    Users.asAdmin(me)
        .get(Songs.BASE + "/mureka-account")
        .then()
        .statusCode(502)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("not reachable"));
  }

  @Test
  void readinessReportsRedisDown() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(503)
        .body(
            "checks.find { it.status == 'DOWN' }.name",
            org.hamcrest.Matchers.containsStringIgnoringCase("redis"))
        .body("checks.name", hasItem("Mureka"))
        .body("checks.find { it.name == 'Mureka' }.data.mureka", equalTo("unreachable"));
  }
}
