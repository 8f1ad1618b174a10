package dev.macai.song.storage.domain;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The port to where archived audio is kept. Keys are {@link ArchiveKey}s; an adapter maps them to a
 * file or an S3 object. Failures of the store itself (down, refused credentials) are runtime
 * exceptions, so a caller can retry later.
 */
public interface AudioStore {

  AudioBackend backend();

  /** Stores {@code content} (a complete local file) under {@code key}, replacing what was there. */
  void write(String key, Path content, String contentType);

  /** The object's size in bytes, or empty when it does not exist. */
  OptionalLong size(String key);

  /** Bytes {@code range.first()}..{@code range.last()} of the object, or empty when it is gone. */
  Optional<InputStream> read(String key, ByteRange range);

  /** Removes the object; a missing object is not an error (delete is idempotent). */
  void delete(String key);
}
