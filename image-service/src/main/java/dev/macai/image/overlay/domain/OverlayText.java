package dev.macai.image.overlay.domain;

import java.util.Locale;

/** What is written: the title upper-case, the artist as {@code BY <ARTIST>}. */
public final class OverlayText {

  private OverlayText() {}

  public static String title(String title) {
    return title.strip().toUpperCase(Locale.ROOT);
  }

  public static String artist(String artist) {
    return "BY " + artist.strip().toUpperCase(Locale.ROOT);
  }
}
