package dev.macai.song.storage.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures of media URLs: {@code sig} covers the object key and the expiry, so a URL
 * cannot be stretched in time or pointed at another object. Lets {@code <audio>} tags play archived
 * audio without a bearer token in the URL (ARCHITECTURE §3).
 */
public final class UrlSignature {

  private final SecretKeySpec key;

  public UrlSignature(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalArgumentException("the media signing key is empty");
    }
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  public String sign(String objectKey, long expiresEpochSeconds) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest =
          mac.doFinal((objectKey + "\n" + expiresEpochSeconds).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** True when {@code signature} is this key's for the object and expiry, and not yet expired. */
  public boolean verify(String objectKey, long expiresEpochSeconds, String signature, Instant now) {
    if (signature == null || now.getEpochSecond() > expiresEpochSeconds) {
      return false;
    }
    byte[] expected = sign(objectKey, expiresEpochSeconds).getBytes(StandardCharsets.US_ASCII);
    // Constant time, so the signature cannot be guessed byte by byte.
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
  }
}
