package dev.macai.song.storage.service;

import dev.macai.song.storage.client.FileAudioStore;
import dev.macai.song.storage.config.StorageConfig;
import dev.macai.song.storage.domain.ArchiveKey;
import dev.macai.song.storage.domain.UrlSignature;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** Signs URLs for archived audio and checks them when they come back. */
@ApplicationScoped
public class MediaLinks {

  static final String MEDIA_PATH = "/api/v1/song/media/";

  private final UrlSignature signature;
  private final StorageConfig config;
  private final FileAudioStore store;

  MediaLinks(StorageConfig config, FileAudioStore store) {
    this.signature = new UrlSignature(config.signingKey());
    this.config = config;
    this.store = store;
  }

  public AudioLink signed(String key, String format) {
    Instant expires = Instant.now().plus(config.urlTtl());
    long exp = expires.getEpochSecond();
    String url = MEDIA_PATH + key + "?exp=" + exp + "&sig=" + signature.sign(key, exp);
    return new AudioLink(url, format, true, Instant.ofEpochSecond(exp));
  }

  /** The file behind a signed URL, if the signature is good and the file is there. */
  public Optional<Path> open(String key, long exp, String sig) {
    if (!ArchiveKey.valid(key) || !signature.verify(key, exp, sig, Instant.now())) {
      return Optional.empty();
    }
    return store.find(key);
  }
}
