package dev.macai.image.storage.service;

import dev.macai.image.storage.client.FilesystemStorage;
import dev.macai.image.storage.client.S3Storage;
import dev.macai.image.storage.client.ServedUrls;
import dev.macai.image.storage.domain.Storage;
import dev.macai.platform.failure.ServiceFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Serves the objects behind this service's signed URLs, files and (unless S3_PRESIGNED_URLS) S3
 * objects alike; the URL is the only credential.
 */
@ApplicationScoped
public class SignedFiles {

  private final ServedUrls urls;
  private final FilesystemStorage filesystem;
  private final Storages storages;

  SignedFiles(ServedUrls urls, FilesystemStorage filesystem, Storages storages) {
    this.urls = urls;
    this.filesystem = filesystem;
    this.storages = storages;
  }

  /**
   * @param pathKey the URL's path after {@code /files/}: a file key, or {@code s3/<object key>}
   */
  public byte[] open(String pathKey, long expires, String signature) {
    // One check over the whole path key, prefix included, before the backend is even chosen.
    switch (urls.verify(pathKey, expires, signature)) {
      case EXPIRED -> throw ServiceFailure.forbidden("This link has expired; reload the page.");
      case TAMPERED -> throw ServiceFailure.forbidden("This link is not valid.");
      case VALID -> {}
    }
    Optional<byte[]> content;
    if (pathKey.startsWith(S3Storage.SERVED_PREFIX)) {
      Storage s3 = storages.s3().orElseThrow(() -> ServiceFailure.notFound("file"));
      content = s3.read(pathKey.substring(S3Storage.SERVED_PREFIX.length()));
    } else {
      content = readFile(pathKey);
    }
    return content.orElseThrow(() -> ServiceFailure.notFound("file"));
  }

  private Optional<byte[]> readFile(String key) {
    try {
      return filesystem.read(key);
    } catch (IllegalArgumentException outsideRoot) {
      return Optional.empty();
    }
  }
}
