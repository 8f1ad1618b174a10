package dev.macai.catalog.rules.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How a rule's replacement is stored: Base64 of its UTF-8 bytes. Replacements are mostly newlines,
 * {@code $1} and backslashes, which exports, dumps and copy-paste mangle; Base64 keeps them exact
 * and keeps rows written by the original system readable.
 */
public final class ReplacementCodec {

  private ReplacementCodec() {}

  public static String encode(String replacement) {
    return Base64.getEncoder().encodeToString(replacement.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws IllegalArgumentException when the stored value is not Base64
   */
  public static String decode(String stored) {
    return new String(Base64.getDecoder().decode(stored), StandardCharsets.UTF_8);
  }
}
