package dev.macai.image.storage.client;

import dev.macai.image.storage.config.StorageConfig;
import dev.macai.image.storage.domain.Storage;
import dev.macai.image.storage.domain.StorageBackend;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;

/**
 * Objects as files under {@code IMAGE_STORAGE_DIR}; URLs point at this service's {@code
 * /api/v1/image/files/<key>?exp=&sig=} ({@link ServedUrls}).
 */
@ApplicationScoped
public class FilesystemStorage implements Storage {

  private final Path root;
  private final ServedUrls urls;

  @Inject
  FilesystemStorage(StorageConfig config, ServedUrls urls) {
    this(Path.of(config.dir()), urls);
  }

  public FilesystemStorage(Path root, ServedUrls urls) {
    this.root = root.toAbsolutePath().normalize();
    this.urls = urls;
  }

  @Override
  public StorageBackend backend() {
    return StorageBackend.FILESYSTEM;
  }

  @Override
  public void put(String key, byte[] content, String contentType) {
    Path target = resolve(key);
    try {
      Files.createDirectories(target.getParent());
      // Write aside, then move: a reader never sees half a file.
      Path partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
      Files.write(partial, content);
      Files.move(
          partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store " + key, e);
    }
  }

  @Override
  public Optional<byte[]> read(String key) {
    try {
      return Optional.of(Files.readAllBytes(resolve(key)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + key, e);
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

  @Override
  public String signedUrl(String key, Duration ttl) {
    return urls.url(key, ttl);
  }

  /** Keys come from us, but a URL's path comes from anyone: never leave the root. */
  Path resolve(String key) {
    Path path = root.resolve(key).normalize();
    if (!path.startsWith(root) || path.equals(root)) {
      throw new IllegalArgumentException("key outside the storage directory");
    }
    return path;
  }
}
