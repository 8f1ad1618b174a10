package dev.macai.image.storage.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * The object storage port. Keys are relative ({@code <user>/<image>.png}); an adapter maps them to
 * a file or an S3 object. {@link #signedUrl} gives a URL a browser can load without a bearer token.
 */
public interface Storage {

  StorageBackend backend();

  void put(String key, byte[] content, String contentType);

  /** The object's bytes, or empty when it does not exist. */
  Optional<byte[]> read(String key);

  /** Removes the object; a missing object is not an error (delete is idempotent). */
  void delete(String key);

  String signedUrl(String key, Duration ttl);
}
