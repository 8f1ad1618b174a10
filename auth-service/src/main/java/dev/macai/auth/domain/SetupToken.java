package dev.macai.auth.domain;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The one-time token that lets the first account (the admin) be created: 160 random bits in groups
 * of Crockford base-32, so it survives being read out of a log and typed in.
 */
public final class SetupToken {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final int GROUPS = 8;
  private static final int GROUP_LENGTH = 4;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SetupToken() {}

  public static String generate() {
    StringBuilder token = new StringBuilder();
    for (int group = 0; group < GROUPS; group++) {
      if (group > 0) {
        token.append('-');
      }
      for (int i = 0; i < GROUP_LENGTH; i++) {
        token.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
      }
    }
    return token.toString();
  }

  /** Typed tokens differ in case, spaces and dashes only; those never make a token valid or not. */
  public static String normalise(String token) {
    return token == null ? "" : token.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  public static String hash(String token) {
    return SecretHash.sha256(normalise(token));
  }
}
