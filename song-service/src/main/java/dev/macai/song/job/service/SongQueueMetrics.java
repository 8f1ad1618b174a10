package dev.macai.song.job.service;

import dev.macai.song.job.client.SlotPool;
import dev.macai.song.job.domain.SongStatus;
import dev.macai.song.job.repository.SongRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The song-queue gauges on {@code /q/metrics}: jobs per status (all users), Mureka slots in use and
 * allowed. Read at most every few seconds, however often Prometheus scrapes.
 */
@ApplicationScoped
public class SongQueueMetrics {

  private static final Duration FRESH = Duration.ofSeconds(5);

  private final SongRepository songs;
  private final SlotPool slots;
  private final SlotCap cap;
  private volatile Map<String, Long> counts = Map.of();
  private volatile Instant countedAt = Instant.EPOCH;

  SongQueueMetrics(SongRepository songs, SlotPool slots, SlotCap cap) {
    this.songs = songs;
    this.slots = slots;
    this.cap = cap;
  }

  void register(@Observes StartupEvent start, MeterRegistry registry) {
    for (SongStatus status : SongStatus.values()) {
      Gauge.builder("song.queue.jobs", this, m -> m.count(status.name()))
          .tag("status", status.name())
          .description("Song jobs per status")
          .register(registry);
    }
    Gauge.builder("song.queue.slots.in.use", this, SongQueueMetrics::slotsInUse)
        .description("Mureka slots taken now (NaN while Redis is down)")
        .register(registry);
    Gauge.builder("song.queue.slots.max", cap, c -> c.max())
        .description("Mureka slots allowed")
        .register(registry);
  }

  private double count(String status) {
    Instant now = Instant.now();
    if (countedAt.plus(FRESH).isBefore(now)) {
      counts = QuarkusTransaction.requiringNew().call(() -> songs.countByStatus(null));
      countedAt = now;
    }
    return counts.getOrDefault(status, 0L);
  }

  private double slotsInUse() {
    try {
      return slots.taken(Instant.now()).size();
    } catch (RuntimeException redisDown) {
      return Double.NaN;
    }
  }
}
