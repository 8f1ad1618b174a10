package dev.macai.song.storage.client;

import dev.macai.song.storage.domain.AudioBackend;
import dev.macai.song.storage.domain.AudioStore;
import dev.macai.song.storage.domain.ByteRange;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Archived audio in one bucket of any S3-compatible server. This service streams the objects itself
 * behind its own signed URLs (the browser cannot reach the S3 endpoint in the shipped deployments),
 * asking S3 for just the bytes a Range request wants.
 */
public class S3AudioStore implements AudioStore {

  private final S3Client s3;
  private final String bucket;
  // Checked on the first write rather than at start, so S3 being down never stops the service.
  private volatile boolean bucketReady;

  public S3AudioStore(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  @Override
  public AudioBackend backend() {
    return AudioBackend.S3;
  }

  @Override
  public void write(String key, Path content, String contentType) {
    ensureBucket();
    s3.putObject(
        b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromFile(content));
  }

  @Override
  public OptionalLong size(String key) {
    try {
      return OptionalLong.of(s3.headObject(b -> b.bucket(bucket).key(key)).contentLength());
    } catch (S3Exception e) {
      if (isMissing(e)) {
        return OptionalLong.empty();
      }
      throw e;
    }
  }

  @Override
  public Optional<InputStream> read(String key, ByteRange range) {
    if (range.length() == 0) {
      // S3 has no empty range; nothing to fetch.
      return Optional.of(InputStream.nullInputStream());
    }
    try {
      return Optional.of(
          s3.getObject(
              b -> b.bucket(bucket).key(key).range("bytes=" + range.first() + "-" + range.last())));
    } catch (S3Exception e) {
      if (isMissing(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public void delete(String key) {
    s3.deleteObject(b -> b.bucket(bucket).key(key));
  }

  /** Creates the bucket when it does not exist yet (a fresh MinIO or S3Proxy has none). */
  private void ensureBucket() {
    if (bucketReady) {
      return;
    }
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
    bucketReady = true;
  }

  // By status, not by NoSuchKeyException: not every S3-compatible server sends the NoSuchKey code.
  private static boolean isMissing(S3Exception e) {
    return e.statusCode() == 404;
  }
}
