package dev.macai.song.storage.client;

import dev.macai.song.storage.config.StorageConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Archived audio on the filesystem under {@code song.storage.directory}. Writes go to a temporary
 * file first and are moved into place, so a crash never leaves half a song under its key.
 */
@ApplicationScoped
public class FileAudioStore {

  private final Path root;

  FileAudioStore(StorageConfig config) {
    this.root = Path.of(config.directory()).toAbsolutePath().normalize();
  }

  public void write(String key, InputStream content) {
    Path target = resolve(key);
    try {
      Files.createDirectories(target.getParent());
      Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".part");
      try {
        Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store " + key, e);
    }
  }

  public Optional<Path> find(String key) {
    Path path = resolve(key);
    return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
  }

  public void delete(String key) {
    try {
      Files.deleteIfExists(resolve(key));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete " + key, e);
    }
  }

  private Path resolve(String key) {
    Path path = root.resolve(key).normalize();
    if (!path.startsWith(root)) {
      throw new IllegalArgumentException("key outside the storage directory");
    }
    return path;
  }
}
