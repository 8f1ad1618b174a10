package dev.macai.song.storage.service;

import dev.macai.song.job.repository.ChoiceEntity;
import dev.macai.song.job.repository.ChoiceRepository;
import dev.macai.song.storage.client.AudioDownloader;
import dev.macai.song.storage.client.FileAudioStore;
import dev.macai.song.storage.config.StorageConfig;
import dev.macai.song.storage.domain.ArchiveKey;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Copies each new choice's mp3 (and flac) from Mureka into our storage in the background, so its
 * links never expire. A failed copy is retried later, waiting longer each time; until it succeeds
 * the audio endpoint hands out Mureka's own URL.
 */
@ApplicationScoped
public class AudioArchiver {

  private static final Logger LOG = Logger.getLogger(AudioArchiver.class);
  private static final int BATCH = 10;

  private final ChoiceRepository choices;
  private final AudioDownloader downloader;
  private final FileAudioStore store;
  private final StorageConfig config;

  AudioArchiver(
      ChoiceRepository choices,
      AudioDownloader downloader,
      FileAudioStore store,
      StorageConfig config) {
    this.choices = choices;
    this.downloader = downloader;
    this.store = store;
    this.config = config;
  }

  @Scheduled(
      every = "${song.worker.tick}",
      delayed = "2s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    archiveDue();
  }

  /** Archives what is due now; answers how many choices it tried. */
  public int archiveDue() {
    Instant now = Instant.now();
    List<UUID> due =
        QuarkusTransaction.requiringNew()
            .call(() -> choices.claimArchiveDue(now, now.plus(config.archiveRetry()), BATCH));
    due.forEach(this::archive);
    return due.size();
  }

  private void archive(UUID choiceId) {
    ChoiceEntity choice =
        QuarkusTransaction.requiringNew()
            .call(() -> choices.findByIdOptional(choiceId).orElse(null));
    if (choice == null) {
      return;
    }
    try {
      String mp3Key = copy(choice, choice.mp3Url, "mp3");
      String flacKey = choice.flacUrl == null ? null : copy(choice, choice.flacUrl, "flac");
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  choices
                      .findByIdOptional(choiceId)
                      .ifPresent(
                          c -> {
                            c.archivedKey = mp3Key;
                            c.archivedFlacKey = flacKey;
                            c.archiveNextAt = null;
                          }));
    } catch (IOException | RuntimeException e) {
      LOG.warnf(
          "Choice %s: archiving failed (attempt %d): %s",
          choiceId, choice.archiveAttempts, e.getMessage());
      Instant retryAt =
          choice.archiveAttempts >= config.archiveAttempts()
              ? null
              : Instant.now().plus(config.archiveRetry().multipliedBy(choice.archiveAttempts));
      QuarkusTransaction.requiringNew()
          .run(() -> choices.findByIdOptional(choiceId).ifPresent(c -> c.archiveNextAt = retryAt));
    }
  }

  private String copy(ChoiceEntity choice, String url, String format) throws IOException {
    String key = ArchiveKey.of(choice.userId, choice.songId, choice.id, format);
    downloader.fetch(url, body -> store.write(key, body));
    return key;
  }
}
