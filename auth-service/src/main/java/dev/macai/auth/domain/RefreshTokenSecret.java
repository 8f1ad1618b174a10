package dev.macai.auth.domain;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A refresh token is 256 random bits sent to the browser once; the database keeps only its SHA-256,
 * so a leaked table cannot be replayed. A fast hash is right here: the secret has full entropy,
 * unlike a password.
 */
public final class RefreshTokenSecret {

  private static final SecureRandom RANDOM = new SecureRandom();

  private RefreshTokenSecret() {}

  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String hash(String secret) {
    return SecretHash.sha256(secret);
  }
}
