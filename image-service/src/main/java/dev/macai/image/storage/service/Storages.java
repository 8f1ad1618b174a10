package dev.macai.image.storage.service;

import dev.macai.image.storage.client.FilesystemStorage;
import dev.macai.image.storage.client.S3StorageFactory;
import dev.macai.image.storage.config.StorageConfig;
import dev.macai.image.storage.domain.Storage;
import dev.macai.image.storage.domain.StorageBackend;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The hybrid storage of the seed's phase 1: new objects go to S3 when S3 is configured, else to the
 * filesystem; an existing object is read from the backend its row names, so old files keep working.
 */
@ApplicationScoped
public class Storages {

  private final Map<StorageBackend, Storage> byBackend = new EnumMap<>(StorageBackend.class);
  private final StorageBackend forNew;
  private final Duration urlTtl;

  Storages(FilesystemStorage filesystem, S3StorageFactory s3, StorageConfig config) {
    byBackend.put(StorageBackend.FILESYSTEM, filesystem);
    Optional<Storage> s3Storage = s3.create();
    s3Storage.ifPresent(storage -> byBackend.put(StorageBackend.S3, storage));
    this.forNew = s3Storage.isPresent() ? StorageBackend.S3 : StorageBackend.FILESYSTEM;
    this.urlTtl = config.urlTtl();
  }

  public Storage forNewObjects() {
    return byBackend.get(forNew);
  }

  public Optional<Storage> s3() {
    return Optional.ofNullable(byBackend.get(StorageBackend.S3));
  }

  public Storage of(StorageBackend backend) {
    Storage storage = byBackend.get(backend);
    if (storage == null) {
      throw new IllegalStateException(
          "An image is stored in " + backend.column() + ", which is not configured.");
    }
    return storage;
  }

  public String signedUrl(StorageBackend backend, String key) {
    return of(backend).signedUrl(key, urlTtl);
  }
}
