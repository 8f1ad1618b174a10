package dev.macai.platform.sse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.macai.platform.failure.ServiceFailure;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SseStreamsTest {

  final SseStreams streams = new SseStreams(2);
  final UUID me = UUID.randomUUID();
  final Instant later = Instant.now().plusSeconds(600);

  @AfterEach
  void stop() {
    streams.stop();
  }

  @Test
  void oneStreamTooManyIsRefusedWith429AndClosingOneFreesItsSlot() {
    SseStreams.Slot first = streams.open(me, later);
    streams.open(me, later);

    assertThatThrownBy(() -> streams.open(me, later))
        .isInstanceOfSatisfying(
            ServiceFailure.class,
            refused -> {
              assertThat(refused.status()).isEqualTo(429);
              assertThat(refused.title()).isEqualTo("Too Many Requests");
              assertThat(refused.code()).isEqualTo(SseStreams.TOO_MANY_STREAMS);
            });
    // Somebody else's streams are counted apart.
    streams.open(UUID.randomUUID(), later);

    first.close();
    first.close(); // twice frees one slot, not two
    assertThat(streams.openStreams(me)).isEqualTo(1);
    streams.open(me, later);
    assertThatThrownBy(() -> streams.open(me, later)).isInstanceOf(ServiceFailure.class);
  }

  @Test
  void theTokenExpiringEndsTheStreamAndFreesTheSlot() throws Exception {
    SseStreams.Slot slot = streams.open(me, Instant.now().plusMillis(300));
    CountDownLatch ended = new CountDownLatch(1);
    slot.onTokenExpiry(ended::countDown);

    assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
    await().atMost(Duration.ofSeconds(5)).until(() -> streams.openStreams(me) == 0);
  }

  @Test
  void anEndingGivenAfterTheTokenExpiredRunsAtOnce() throws Exception {
    SseStreams.Slot slot = streams.open(me, Instant.now().minusSeconds(1));
    await().atMost(Duration.ofSeconds(5)).until(() -> streams.openStreams(me) == 0);
    AtomicBoolean ran = new AtomicBoolean();

    slot.onTokenExpiry(() -> ran.set(true));

    assertThat(ran).isTrue();
  }

  @Test
  void aStreamThatEndedFirstIsNotEndedAgain() throws Exception {
    SseStreams.Slot slot = streams.open(me, Instant.now().plusMillis(200));
    CountDownLatch ended = new CountDownLatch(1);
    slot.onTokenExpiry(ended::countDown);
    slot.close();

    assertThat(ended.await(1, TimeUnit.SECONDS)).isFalse();
    assertThat(streams.openStreams(me)).isZero();
  }

  @Test
  void theEndingSendsALastEventAndTheProducerStopsAtItsNextSend() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SseWriter events = SseWriter.onto(out);
    events.send("token", "Hal");

    events.end("error", "{\"code\":\"token_expired\"}");
    events.end("error", "again");

    assertThatThrownBy(() -> events.send("token", "f")).isInstanceOf(SseWriter.ClientGone.class);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "event: token\ndata: Hal\n\nevent: error\ndata: {\"code\":\"token_expired\"}\n\n");
  }

  @Test
  void aBoundMultiCompletesWhenTheTokenExpires() {
    SseStreams.Slot slot = streams.open(me, Instant.now().plusMillis(300));
    AssertSubscriber<Object> subscriber =
        slot.bound(Multi.createFrom().nothing())
            .subscribe()
            .withSubscriber(AssertSubscriber.create(1));

    subscriber.awaitCompletion(Duration.ofSeconds(5));
    assertThat(streams.openStreams(me)).isZero();
  }

  @Test
  void aBoundMultiFreesItsSlotWhenTheClientLeaves() {
    SseStreams.Slot slot = streams.open(me, later);
    AssertSubscriber<Object> subscriber =
        slot.bound(Multi.createFrom().nothing())
            .subscribe()
            .withSubscriber(AssertSubscriber.create(1));
    assertThat(streams.openStreams(me)).isEqualTo(1);

    subscriber.cancel();

    assertThat(streams.openStreams(me)).isZero();
  }

  @Test
  void theTokenExpiredProblemSaysSoByCode() {
    assertThat(SseStreams.tokenExpired().getStatus()).isEqualTo(401);
    assertThat(SseStreams.tokenExpired().getCode()).isEqualTo(SseStreams.TOKEN_EXPIRED);
  }
}
