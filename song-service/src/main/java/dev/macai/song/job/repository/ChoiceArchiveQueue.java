package dev.macai.song.job.repository;

import dev.macai.song.storage.domain.ArchiveQueue;
import dev.macai.song.storage.domain.AudioBackend;
import dev.macai.song.storage.domain.PendingAudio;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The archive queue kept in the choices table; callers bring the transaction. */
@ApplicationScoped
public class ChoiceArchiveQueue implements ArchiveQueue {

  private final ChoiceRepository choices;

  ChoiceArchiveQueue(ChoiceRepository choices) {
    this.choices = choices;
  }

  @Override
  public List<UUID> claimDue(Instant now, Instant retryAt, int limit) {
    return choices.claimArchiveDue(now, retryAt, limit);
  }

  @Override
  public Optional<PendingAudio> find(UUID choiceId) {
    return choices
        .findByIdOptional(choiceId)
        .map(
            c ->
                new PendingAudio(c.id, c.userId, c.songId, c.mp3Url, c.flacUrl, c.archiveAttempts));
  }

  @Override
  public void archived(UUID choiceId, String mp3Key, String flacKey, AudioBackend backend) {
    choices
        .findByIdOptional(choiceId)
        .ifPresent(
            c -> {
              c.archivedKey = mp3Key;
              c.archivedFlacKey = flacKey;
              c.archiveStore = backend.column();
              c.archiveNextAt = null;
            });
  }

  @Override
  public void retryAt(UUID choiceId, Instant retryAt) {
    choices.findByIdOptional(choiceId).ifPresent(c -> c.archiveNextAt = retryAt);
  }
}
