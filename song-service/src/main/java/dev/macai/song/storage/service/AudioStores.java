package dev.macai.song.storage.service;

import dev.macai.song.storage.client.FileAudioStore;
import dev.macai.song.storage.client.S3AudioStoreFactory;
import dev.macai.song.storage.domain.AudioBackend;
import dev.macai.song.storage.domain.AudioStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * New audio goes to S3 when S3 is configured, else to the filesystem; archived audio is read and
 * deleted in the store its choice names, so audio archived before S3 was switched on keeps playing.
 */
@ApplicationScoped
public class AudioStores {

  private final Map<AudioBackend, AudioStore> byBackend = new EnumMap<>(AudioBackend.class);
  private final AudioBackend forNew;

  AudioStores(FileAudioStore filesystem, S3AudioStoreFactory s3) {
    byBackend.put(AudioBackend.FILESYSTEM, filesystem);
    Optional<AudioStore> s3Store = s3.create();
    s3Store.ifPresent(store -> byBackend.put(AudioBackend.S3, store));
    this.forNew = s3Store.isPresent() ? AudioBackend.S3 : AudioBackend.FILESYSTEM;
  }

  public AudioStore forNewAudio() {
    return byBackend.get(forNew);
  }

  /** Empty when the store is not configured (S3 audio after S3_BUCKET was removed). */
  public Optional<AudioStore> of(AudioBackend backend) {
    return Optional.ofNullable(byBackend.get(backend));
  }
}
