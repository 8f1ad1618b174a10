package dev.macai.catalog.sketch.domain;

/** Facts about lyrics that the UI warns about. */
public final class Lyrics {

  /** Mureka refuses lyrics longer than this many characters. */
  public static final int MUREKA_LIMIT = 3000;

  private Lyrics() {}

  /** Counted in characters as a person sees them (code points), not UTF-16 units. */
  public static boolean overMurekaLimit(String lyrics) {
    return lyrics != null && lyrics.codePointCount(0, lyrics.length()) > MUREKA_LIMIT;
  }
}
