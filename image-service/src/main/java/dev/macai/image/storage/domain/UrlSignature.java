package dev.macai.image.storage.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over an object key and an expiry (epoch seconds): the {@code ?exp=&sig=} of the
 * filesystem URLs. Whoever holds a URL may load that one object until it expires; changing the key
 * or the expiry breaks the signature.
 */
public final class UrlSignature {

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec secret;

  public UrlSignature(byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("the URL secret needs at least 16 bytes");
    }
    this.secret = new SecretKeySpec(secret.clone(), ALGORITHM);
  }

  public String sign(String key, long expiresEpochSecond) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(secret);
      byte[] digest =
          mac.doFinal((key + "\n" + expiresEpochSecond).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }

  public Verdict verify(String key, long expiresEpochSecond, String signature, Instant now) {
    if (signature == null) {
      return Verdict.TAMPERED;
    }
    byte[] expected = sign(key, expiresEpochSecond).getBytes(StandardCharsets.US_ASCII);
    // Constant time, so response timing does not leak how much of a guess was right.
    if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
      return Verdict.TAMPERED;
    }
    return now.getEpochSecond() > expiresEpochSecond ? Verdict.EXPIRED : Verdict.VALID;
  }

  public enum Verdict {
    VALID,
    EXPIRED,
    TAMPERED
  }
}
