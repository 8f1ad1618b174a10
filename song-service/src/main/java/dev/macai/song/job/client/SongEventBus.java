package dev.macai.song.job.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.song.job.domain.SongEvent;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Job state changes through Redis pub/sub ({@code song:events}), so a progress stream on any
 * replica sees the changes every replica's worker makes. Publishing never fails the caller: the
 * database is the truth, an event is only a hint to look.
 */
@ApplicationScoped
public class SongEventBus {

  static final String CHANNEL = "song:events";
  private static final Logger LOG = Logger.getLogger(SongEventBus.class);

  private final RedisDataSource redis;
  private final ReactiveRedisDataSource reactive;
  private final ObjectMapper json;
  // Progress events per SSE client held while it writes; far more than one job produces at once.
  private static final int EVENT_BUFFER = 256;

  private final BroadcastProcessor<SongEvent> local = BroadcastProcessor.create();
  private Cancellable subscription;

  SongEventBus(RedisDataSource redis, ReactiveRedisDataSource reactive, ObjectMapper json) {
    this.redis = redis;
    this.reactive = reactive;
    this.json = json;
  }

  void subscribe(@Observes StartupEvent start) {
    // Keeps trying while Redis is down, so the stream comes back with it.
    subscription =
        Multi.createFrom()
            .deferred(() -> reactive.pubsub(String.class).subscribe(CHANNEL))
            .onFailure()
            .retry()
            .withBackOff(Duration.ofMillis(500), Duration.ofSeconds(10))
            .indefinitely()
            .subscribe()
            .with(this::deliver, failure -> LOG.warn("Song event subscription ended", failure));
  }

  void unsubscribe(@Observes ShutdownEvent stop) {
    if (subscription != null) {
      subscription.cancel();
    }
  }

  public void publish(SongEvent event) {
    try {
      redis.pubsub(String.class).publish(CHANNEL, json.writeValueAsString(event));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    } catch (RuntimeException redisDown) {
      LOG.debugf("Song event not published (Redis unavailable): %s", redisDown.getMessage());
    }
  }

  /** Every event any replica publishes from now on. */
  public Multi<SongEvent> events() {
    // A BroadcastProcessor fails a subscriber that has not requested the next item yet (an SSE
    // client still writing the previous event): a burst of events ended the stream with
    // BackPressureFailure. Each subscriber gets its own buffer instead.
    return local.onOverflow().buffer(EVENT_BUFFER);
  }

  private void deliver(String message) {
    try {
      local.onNext(json.readValue(message, SongEvent.class));
    } catch (JsonProcessingException e) {
      LOG.warnf("Ignoring an unreadable song event: %s", e.getOriginalMessage());
    }
  }
}
