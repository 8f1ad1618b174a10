package dev.macai.catalog.common.domain;

/**
 * The name of a duplicate: the original's with " (copy)", shortened so it still fits its column.
 */
public final class CopyName {

  public static final String SUFFIX = " (copy)";

  private CopyName() {}

  public static String of(String original, int maxLength) {
    String base = original == null || original.isBlank() ? "Untitled" : original;
    int room = maxLength - SUFFIX.length();
    if (base.length() > room) {
      // Never cut a surrogate pair (an emoji) in half.
      int cut = Character.isHighSurrogate(base.charAt(room - 1)) ? room - 1 : room;
      base = base.substring(0, cut).stripTrailing();
    }
    return base + SUFFIX;
  }
}
