package dev.macai.image.storage.client;

import dev.macai.image.storage.config.StorageConfig;
import dev.macai.image.storage.domain.Storage;
import dev.macai.image.storage.domain.StorageBackend;
import dev.macai.image.storage.domain.UrlSignature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Objects as files under {@code IMAGE_STORAGE_DIR}; URLs point at this service's {@code
 * /api/v1/image/files/<key>?exp=&sig=} and are checked by {@link #verify}.
 */
@ApplicationScoped
public class FilesystemStorage implements Storage {

  public static final String FILES_PATH = "/api/v1/image/files/";

  private final Path root;
  private final UrlSignature signature;
  private final String baseUrl;
  private final Clock clock;

  @Inject
  FilesystemStorage(StorageConfig config, Clock clock) {
    this(
        Path.of(config.dir()),
        config.urlSecret().filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8)),
        config.publicBaseUrl().orElse(""),
        clock);
  }

  public FilesystemStorage(Path root, Optional<byte[]> secret, String baseUrl, Clock clock) {
    this.root = root.toAbsolutePath().normalize();
    this.signature = new UrlSignature(secret.orElseGet(FilesystemStorage::randomSecret));
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.clock = clock;
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
    long expires = clock.instant().plus(ttl).getEpochSecond();
    return baseUrl
        + FILES_PATH
        + key
        + "?exp="
        + expires
        + "&sig="
        + URLEncoder.encode(signature.sign(key, expires), StandardCharsets.UTF_8);
  }

  public UrlSignature.Verdict verify(String key, long expires, String sig) {
    return signature.verify(key, expires, sig, clock.instant());
  }

  /** Keys come from us, but a URL's path comes from anyone: never leave the root. */
  Path resolve(String key) {
    Path path = root.resolve(key).normalize();
    if (!path.startsWith(root) || path.equals(root)) {
      throw new IllegalArgumentException("key outside the storage directory");
    }
    return path;
  }

  private static byte[] randomSecret() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return secret;
  }
}
