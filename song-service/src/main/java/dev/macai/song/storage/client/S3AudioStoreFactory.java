package dev.macai.song.storage.client;

import dev.macai.song.storage.config.S3Config;
import dev.macai.song.storage.domain.AudioStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 adapter when {@code S3_BUCKET} is set. The SDK client is looked up only then, so an
 * installation without S3 never builds (or misconfigures) one.
 */
@ApplicationScoped
public class S3AudioStoreFactory {

  private static final Logger LOG = Logger.getLogger(S3AudioStoreFactory.class);

  private final S3Config config;
  private final Instance<S3Client> s3;

  S3AudioStoreFactory(S3Config config, Instance<S3Client> s3) {
    this.config = config;
    this.s3 = s3;
  }

  public Optional<AudioStore> create() {
    Optional<String> bucket = config.bucket().map(String::strip).filter(b -> !b.isEmpty());
    if (bucket.isEmpty()) {
      return Optional.empty();
    }
    LOG.infof("Newly archived audio goes to S3 bucket %s", bucket.get());
    return Optional.of(new S3AudioStore(s3.get(), bucket.get()));
  }
}
