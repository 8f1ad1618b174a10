package dev.macai.song.budget.rest;

import static dev.macai.song.support.Budgets.setLimit;
import static dev.macai.song.support.Budgets.used;
import static dev.macai.song.support.Songs.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.song.job.service.JobWorker;
import dev.macai.song.support.Budgets;
import dev.macai.song.support.ManualWorker;
import dev.macai.song.support.MurekaSimulator;
import dev.macai.song.support.PostgresResource;
import dev.macai.song.support.Songs;
import dev.macai.testkit.redis.RedisResource;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which ends of a job give its unit back, with the worker driven by the test so a job can be
 * cancelled or deleted before, or after, it reached Mureka.
 */
@QuarkusTest
@TestProfile(ManualWorker.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(RedisResource.class)
@WithTestResource(MurekaSimulator.class)
class SongBudgetRefundTest {

  @Inject JobWorker worker;

  final UUID me = UUID.randomUUID();

  @AfterEach
  void backToTheConfiguredLimit() {
    Budgets.resetLimit();
  }

  @Test
  void aJobCancelledBeforeItReachedMurekaCostsNothing() {
    setLimit(1);
    String task = Songs.generate(me, "cancel me 0001", "pop");
    assertThat(used(me)).isEqualTo(1);

    Users.as(me).post(BASE + "/task/" + task + "/cancel").then().statusCode(200);

    assertThat(used(me)).isZero();
    // Once only: deleting it afterwards gives nothing back a second time.
    Users.as(me).delete(BASE + "/task/" + task).then().statusCode(204);
    Songs.generate(me, "next 0001", "pop");
    assertThat(used(me)).isEqualTo(1);
  }

  @Test
  void aPendingJobDeletedCostsNothing() {
    setLimit(1);
    String task = Songs.generate(me, "delete me 0001", "pop");

    Users.as(me).delete(BASE + "/task/" + task).then().statusCode(204);

    assertThat(used(me)).isZero();
  }

  @Test
  void aJobCancelledAfterMurekaTookItKeepsItsUnit() {
    setLimit(1);
    String task = Songs.generate(me, "slow one 0001", "ambient, 30s");
    worker.runOnce("replica-a");
    assertThat(Songs.status(me, task).getString("song.mureka_task_id")).isNotNull();

    Users.as(me).post(BASE + "/task/" + task + "/cancel").then().statusCode(200);
    Users.as(me).delete(BASE + "/task/" + task).then().statusCode(204);

    assertThat(used(me)).isEqualTo(1);
  }
}
