package dev.macai.image.storage.client;

import dev.macai.image.storage.domain.Storage;
import dev.macai.image.storage.domain.StorageBackend;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Objects in one bucket of any S3-compatible server. URLs are, by default, this service's own
 * {@code /api/v1/image/files/s3/<key>?exp=&sig=} (it reads the object and serves it); with {@code
 * S3_PRESIGNED_URLS=true} they are the S3 server's pre-signed GETs, which only work when the
 * browser can reach that server over https.
 */
public class S3Storage implements Storage {

  /**
   * Starts the path key of a served S3 URL. Filesystem keys start with a user id, so the two never
   * collide, and since the prefix is signed an S3 URL cannot be replayed as a file URL or back.
   */
  public static final String SERVED_PREFIX = "s3/";

  private final S3Client s3;
  private final S3Presigner presigner;
  private final String bucket;
  private final Optional<ServedUrls> servedUrls;

  /**
   * @param servedUrls present: URLs go through this service; empty: S3's pre-signed URLs
   */
  public S3Storage(
      S3Client s3, S3Presigner presigner, String bucket, Optional<ServedUrls> servedUrls) {
    this.s3 = s3;
    this.presigner = presigner;
    this.bucket = bucket;
    this.servedUrls = servedUrls;
  }

  /** Creates the bucket when it does not exist yet (a fresh MinIO or S3Proxy has none). */
  public S3Storage ensureBucket() {
    try {
      s3.headBucket(b -> b.bucket(bucket));
    } catch (NoSuchBucketException e) {
      s3.createBucket(b -> b.bucket(bucket));
    } catch (S3Exception e) {
      if (e.statusCode() != 404) {
        throw e;
      }
      s3.createBucket(b -> b.bucket(bucket));
    }
    return this;
  }

  @Override
  public StorageBackend backend() {
    return StorageBackend.S3;
  }

  @Override
  public void put(String key, byte[] content, String contentType) {
    s3.putObject(
        b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(content));
  }

  @Override
  public Optional<byte[]> read(String key) {
    try {
      return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray());
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (S3Exception e) {
      // Not every S3-compatible server maps a missing key to the NoSuchKey error code.
      if (e.statusCode() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public void delete(String key) {
    s3.deleteObject(b -> b.bucket(bucket).key(key));
  }

  @Override
  public String signedUrl(String key, Duration ttl) {
    if (servedUrls.isPresent()) {
      return servedUrls.get().url(SERVED_PREFIX + key, ttl);
    }
    return presigner
        .presignGetObject(
            p -> p.signatureDuration(ttl).getObjectRequest(g -> g.bucket(bucket).key(key)))
        .url()
        .toString();
  }
}
