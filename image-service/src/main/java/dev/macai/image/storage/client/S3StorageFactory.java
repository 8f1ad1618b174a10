package dev.macai.image.storage.client;

import dev.macai.image.storage.config.S3Config;
import dev.macai.image.storage.domain.Storage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The S3 adapter when {@code S3_BUCKET} is set. The SDK clients are looked up only then, so an
 * installation without S3 never builds (or misconfigures) one.
 */
@ApplicationScoped
public class S3StorageFactory {

  private static final Logger LOG = Logger.getLogger(S3StorageFactory.class);

  private final S3Config config;
  private final Instance<S3Client> s3;
  private final Instance<S3Presigner> presigner;
  private final ServedUrls servedUrls;

  S3StorageFactory(
      S3Config config,
      Instance<S3Client> s3,
      Instance<S3Presigner> presigner,
      ServedUrls servedUrls) {
    this.config = config;
    this.s3 = s3;
    this.presigner = presigner;
    this.servedUrls = servedUrls;
  }

  public Optional<Storage> create() {
    Optional<String> bucket = config.bucket().map(String::strip).filter(b -> !b.isEmpty());
    if (bucket.isEmpty()) {
      return Optional.empty();
    }
    boolean presigned = config.presignedUrls();
    LOG.infof(
        "New images go to S3 bucket %s; browsers load them %s",
        bucket.get(), presigned ? "from S3 (pre-signed URLs)" : "through this service");
    return Optional.of(
        new S3Storage(
                s3.get(),
                presigner.get(),
                bucket.get(),
                presigned ? Optional.empty() : Optional.of(servedUrls))
            .ensureBucket());
  }
}
