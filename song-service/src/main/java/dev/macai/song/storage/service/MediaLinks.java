package dev.macai.song.storage.service;

import dev.macai.platform.failure.ServiceFailure;
import dev.macai.song.storage.config.StorageConfig;
import dev.macai.song.storage.domain.ArchiveKey;
import dev.macai.song.storage.domain.ArchivedAudio;
import dev.macai.song.storage.domain.AudioBackend;
import dev.macai.song.storage.domain.AudioStore;
import dev.macai.song.storage.domain.RangeRequest;
import dev.macai.song.storage.domain.UrlSignature;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.logging.Logger;

/**
 * Signs URLs for archived audio and serves them when they come back. A URL names its store: S3
 * audio carries {@code store=s3}, and the signature covers {@code s3/<key>} then, so a URL cannot
 * be pointed at the other store. Filesystem URLs look as they always did.
 */
@ApplicationScoped
public class MediaLinks {

  static final String MEDIA_PATH = "/api/v1/song/media/";
  private static final Logger LOG = Logger.getLogger(MediaLinks.class);

  private final UrlSignature signature;
  private final StorageConfig config;
  private final AudioStores stores;

  MediaLinks(StorageConfig config, AudioStores stores) {
    this.signature = new UrlSignature(config.signingKey());
    this.config = config;
    this.stores = stores;
  }

  public AudioLink signed(ArchivedAudio audio, String format) {
    Instant expires = Instant.now().plus(config.urlTtl());
    long exp = expires.getEpochSecond();
    String store = audio.backend() == AudioBackend.S3 ? "store=s3&" : "";
    String url =
        MEDIA_PATH
            + audio.key()
            + "?"
            + store
            + "exp="
            + exp
            + "&sig="
            + signature.sign(signedName(audio.backend(), audio.key()), exp);
    return new AudioLink(url, format, true, Instant.ofEpochSecond(exp));
  }

  /**
   * The audio behind a signed URL, or the part of it {@code rangeHeader} asks for; empty when the
   * signature is bad or expired or the audio is not there.
   */
  public Optional<MediaContent> open(
      String key, String store, long exp, String sig, String rangeHeader) {
    Optional<AudioBackend> backend = backendOf(store);
    if (backend.isEmpty()
        || !ArchiveKey.valid(key)
        || !signature.verify(signedName(backend.get(), key), exp, sig, Instant.now())) {
      return Optional.empty();
    }
    Optional<AudioStore> audioStore = stores.of(backend.get());
    if (audioStore.isEmpty()) {
      LOG.warnf("Audio %s is in %s, which is not configured", key, backend.get().column());
      return Optional.empty();
    }
    try {
      return read(audioStore.get(), key, rangeHeader);
    } catch (RuntimeException e) {
      // S3 down or refusing us: a 503 the player can retry, never a 404 that says the audio is
      // gone.
      LOG.warnf("Audio %s could not be read from %s: %s", key, backend.get().column(), e);
      throw ServiceFailure.unavailable("The audio storage does not answer; try again shortly.");
    }
  }

  private static Optional<MediaContent> read(AudioStore store, String key, String rangeHeader) {
    OptionalLong size = store.size(key);
    if (size.isEmpty()) {
      return Optional.empty();
    }
    RangeRequest request = RangeRequest.of(rangeHeader, size.getAsLong());
    String contentType = ArchiveKey.contentType(key);
    if (request.outcome() == RangeRequest.Outcome.UNSATISFIABLE) {
      return Optional.of(new MediaContent(contentType, request, null));
    }
    Optional<InputStream> body = store.read(key, request.range());
    return body.map(stream -> new MediaContent(contentType, request, stream));
  }

  private static Optional<AudioBackend> backendOf(String store) {
    if (store == null || store.isEmpty()) {
      return Optional.of(AudioBackend.FILESYSTEM);
    }
    return "s3".equals(store) ? Optional.of(AudioBackend.S3) : Optional.empty();
  }

  private static String signedName(AudioBackend backend, String key) {
    return backend == AudioBackend.S3 ? "s3/" + key : key;
  }
}
