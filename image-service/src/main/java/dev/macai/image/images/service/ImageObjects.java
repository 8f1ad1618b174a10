package dev.macai.image.images.service;

import dev.macai.image.images.domain.ContentHash;
import dev.macai.image.images.domain.ImageFormat;
import dev.macai.image.images.domain.ImageHeader;
import dev.macai.image.images.repository.GeneratedImageEntity;
import dev.macai.image.storage.domain.Storage;
import dev.macai.image.storage.domain.StorageBackend;
import dev.macai.image.storage.service.Storages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Writes a new image for a row and reads or removes a row's object, through the backend the row
 * names. Object keys are {@code <user>/<image>.<png|webp|jpg>}: unique, a user's files stay
 * together, and the extension tells the format to whoever serves the key alone.
 */
@ApplicationScoped
public class ImageObjects {

  private static final Logger LOG = Logger.getLogger(ImageObjects.class);
  private final Storages storages;

  ImageObjects(Storages storages) {
    this.storages = storages;
  }

  /** Stores the bytes for a new row and fills in its storage and content columns. */
  public void store(GeneratedImageEntity row, byte[] content) {
    ImageHeader header =
        ImageHeader.read(content)
            .orElseThrow(() -> new IllegalArgumentException("not a PNG, WebP or JPEG image"));
    Storage storage = storages.forNewObjects();
    String key = key(row.userId, row.id, header.format());
    storage.put(key, content, header.format().mediaType());
    row.storageBackend = storage.backend().column();
    if (storage.backend() == StorageBackend.S3) {
      row.s3Key = key;
    } else {
      row.filePath = key;
    }
    row.contentSha256 = ContentHash.sha256(content);
    row.contentType = header.format().mediaType();
    row.outputFormat = header.format().apiName();
    row.width = header.dimensions().width();
    row.height = header.dimensions().height();
    row.bytes = content.length;
  }

  public Optional<byte[]> read(GeneratedImageEntity row) {
    return storages.of(StorageBackend.ofColumn(row.storageBackend)).read(row.objectKey());
  }

  /** Best effort: a row is gone for the user even when its object could not be removed. */
  public void delete(GeneratedImageEntity row) {
    try {
      storages.of(StorageBackend.ofColumn(row.storageBackend)).delete(row.objectKey());
      if ("s3".equals(row.storageBackend) && row.filePath != null) {
        // A migrated row kept its file for safety; deleting the image removes that copy too.
        storages.of(StorageBackend.FILESYSTEM).delete(row.filePath);
      }
    } catch (RuntimeException e) {
      LOG.warnf("Image %s: object %s not deleted: %s", row.id, row.objectKey(), e.getMessage());
    }
  }

  public void discard(StorageBackend backend, String key) {
    try {
      storages.of(backend).delete(key);
    } catch (RuntimeException e) {
      LOG.warnf("Orphaned object %s not deleted: %s", key, e.getMessage());
    }
  }

  static String key(UUID userId, UUID imageId, ImageFormat format) {
    return userId + "/" + imageId + "." + format.extension();
  }
}
