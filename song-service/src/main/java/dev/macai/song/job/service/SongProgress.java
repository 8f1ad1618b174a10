package dev.macai.song.job.service;

import dev.macai.song.job.client.SongEventBus;
import dev.macai.song.job.domain.SongEvent;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** One user's job updates, from whichever replica made them. */
@ApplicationScoped
public class SongProgress {

  private final SongEventBus bus;

  SongProgress(SongEventBus bus) {
    this.bus = bus;
  }

  public Multi<SongEvent> of(UUID userId) {
    return bus.events().filter(event -> userId.equals(event.userId()));
  }
}
