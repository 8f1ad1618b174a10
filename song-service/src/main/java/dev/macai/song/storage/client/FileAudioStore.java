package dev.macai.song.storage.client;

import dev.macai.song.storage.config.StorageConfig;
import dev.macai.song.storage.domain.AudioBackend;
import dev.macai.song.storage.domain.AudioStore;
import dev.macai.song.storage.domain.ByteRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Archived audio on the filesystem under {@code song.storage.directory}. Writes go to a temporary
 * file first and are moved into place, so a crash never leaves half a song under its key.
 */
@ApplicationScoped
public class FileAudioStore implements AudioStore {

  private final Path root;

  @Inject
  FileAudioStore(StorageConfig config) {
    this(Path.of(config.directory()));
  }

  public FileAudioStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public AudioBackend backend() {
    return AudioBackend.FILESYSTEM;
  }

  @Override
  public void write(String key, Path content, String contentType) {
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

  @Override
  public OptionalLong size(String key) {
    Path path = resolve(key);
    try {
      return Files.isRegularFile(path) ? OptionalLong.of(Files.size(path)) : OptionalLong.empty();
    } catch (NoSuchFileException e) {
      return OptionalLong.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + key, e);
    }
  }

  @Override
  public Optional<InputStream> read(String key, ByteRange range) {
    SeekableByteChannel channel;
    try {
      channel = Files.newByteChannel(resolve(key));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + key, e);
    }
    // The response closes the stream, and with it the channel; until it owns it, we do.
    try {
      channel.position(range.first());
      return Optional.of(new BoundedInputStream(Channels.newInputStream(channel), range.length()));
    } catch (IOException e) {
      closeQuietly(channel, e);
      throw new UncheckedIOException("Could not read " + key, e);
    }
  }

  private static void closeQuietly(SeekableByteChannel channel, IOException cause) {
    try {
      channel.close();
    } catch (IOException suppressed) {
      cause.addSuppressed(suppressed);
    }
  }

  @Override
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
