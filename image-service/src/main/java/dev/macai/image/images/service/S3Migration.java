package dev.macai.image.images.service;

import dev.macai.image.images.domain.ContentHash;
import dev.macai.image.images.repository.GeneratedImageEntity;
import dev.macai.image.images.repository.GeneratedImageRepository;
import dev.macai.image.storage.domain.Storage;
import dev.macai.image.storage.domain.StorageBackend;
import dev.macai.image.storage.service.Storages;
import dev.macai.platform.failure.ServiceFailure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Copies filesystem images to S3 (the seed's hybrid phase 2): upload, read back and compare the
 * SHA-256, then flip the row in its own transaction. The file stays. A crash loses at most the row
 * in flight, which the next run copies again (same key, so nothing is duplicated): resumable and
 * idempotent.
 */
@ApplicationScoped
public class S3Migration {

  private static final Logger LOG = Logger.getLogger(S3Migration.class);

  private final GeneratedImageRepository images;
  private final Storages storages;

  S3Migration(GeneratedImageRepository images, Storages storages) {
    this.images = images;
    this.storages = storages;
  }

  public MigrationReport run() {
    Storage s3 =
        storages
            .s3()
            .orElseThrow(() -> ServiceFailure.conflict("S3 is not configured (S3_BUCKET)."));
    Storage filesystem = storages.of(StorageBackend.FILESYSTEM);
    List<UUID> pending = QuarkusTransaction.joiningExisting().call(() -> images.idsOnFilesystem());
    int migrated = 0;
    int missing = 0;
    int corrupt = 0;
    for (UUID id : pending) {
      GeneratedImageEntity row =
          QuarkusTransaction.joiningExisting().call(() -> images.findById(id));
      if (row == null || !"filesystem".equals(row.storageBackend)) {
        continue;
      }
      Optional<byte[]> file = filesystem.read(row.filePath);
      if (file.isEmpty()) {
        missing++;
        continue;
      }
      if (!ContentHash.sha256(file.get()).equals(row.contentSha256)) {
        LOG.warnf("Image %s: file does not match its SHA-256; left on the filesystem", id);
        corrupt++;
        continue;
      }
      s3.put(row.filePath, file.get(), row.contentType);
      Optional<byte[]> uploaded = s3.read(row.filePath);
      if (uploaded.isEmpty() || !ContentHash.sha256(uploaded.get()).equals(row.contentSha256)) {
        LOG.warnf("Image %s: the S3 copy does not match its SHA-256; left on the filesystem", id);
        corrupt++;
        continue;
      }
      QuarkusTransaction.requiringNew().run(() -> images.flipToS3(id, row.filePath));
      migrated++;
    }
    long remaining =
        QuarkusTransaction.joiningExisting()
            .call(() -> images.count("storageBackend", "filesystem"));
    return new MigrationReport(migrated, missing, corrupt, remaining);
  }
}
