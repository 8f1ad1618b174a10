package dev.macai.song.storage.service;

import dev.macai.song.storage.client.AudioDownloader;
import dev.macai.song.storage.config.StorageConfig;
import dev.macai.song.storage.domain.ArchiveKey;
import dev.macai.song.storage.domain.ArchiveQueue;
import dev.macai.song.storage.domain.AudioStore;
import dev.macai.song.storage.domain.PendingAudio;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Copies each new choice's mp3 (and flac) from Mureka into our storage (S3 when configured, else
 * the filesystem) in the background, so its links never expire. A failed copy (Mureka or the store
 * down) is retried later, waiting longer each time; until it succeeds the audio endpoint hands out
 * Mureka's own URL. The choice names its store only once every copy is done.
 */
@ApplicationScoped
public class AudioArchiver {

  private static final Logger LOG = Logger.getLogger(AudioArchiver.class);
  private static final int BATCH = 10;

  private final ArchiveQueue queue;
  private final AudioDownloader downloader;
  private final AudioStores stores;
  private final StorageConfig config;

  AudioArchiver(
      ArchiveQueue queue, AudioDownloader downloader, AudioStores stores, StorageConfig config) {
    this.queue = queue;
    this.downloader = downloader;
    this.stores = stores;
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
            .call(() -> queue.claimDue(now, now.plus(config.archiveRetry()), BATCH));
    due.forEach(this::archive);
    return due.size();
  }

  private void archive(UUID choiceId) {
    PendingAudio choice =
        QuarkusTransaction.requiringNew().call(() -> queue.find(choiceId).orElse(null));
    if (choice == null) {
      return;
    }
    AudioStore store = stores.forNewAudio();
    try {
      String mp3Key = copy(store, choice, choice.mp3Url(), "mp3");
      String flacKey =
          choice.flacUrl() == null ? null : copy(store, choice, choice.flacUrl(), "flac");
      QuarkusTransaction.requiringNew()
          .run(() -> queue.archived(choiceId, mp3Key, flacKey, store.backend()));
    } catch (IOException | RuntimeException e) {
      LOG.warnf(
          "Choice %s: archiving to %s failed (attempt %d): %s",
          choiceId, store.backend().column(), choice.attempts(), e.getMessage());
      Instant retryAt =
          choice.attempts() >= config.archiveAttempts()
              ? null
              : Instant.now().plus(config.archiveRetry().multipliedBy(choice.attempts()));
      QuarkusTransaction.requiringNew().run(() -> queue.retryAt(choiceId, retryAt));
    }
  }

  /**
   * Downloads into a local scratch file first: S3 wants the length up front, and a broken download
   * never reaches the store.
   */
  private String copy(AudioStore store, PendingAudio choice, String url, String format)
      throws IOException {
    String key = ArchiveKey.of(choice.userId(), choice.songId(), choice.choiceId(), format);
    Path scratch = Files.createTempFile("song-audio-", "." + format);
    try {
      downloader.fetch(url, format, body -> save(body, scratch));
      store.write(key, scratch, ArchiveKey.contentType(key));
    } finally {
      Files.deleteIfExists(scratch);
    }
    return key;
  }

  private static void save(InputStream body, Path scratch) {
    try {
      Files.copy(body, scratch, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
