package dev.macai.image.images.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The file name a download is saved under: the title (or the prompt) as a short ASCII slug, then
 * the date, so a folder of downloads sorts and reads well. Never empty, never a path.
 */
public final class DownloadName {

  private static final int MAX_SLUG = 60;

  private DownloadName() {}

  public static String of(String title, String prompt, LocalDate created, String extension) {
    String source = title != null && !title.isBlank() ? title : prompt == null ? "" : prompt;
    String slug = slug(source);
    return (slug.isEmpty() ? "image" : slug) + "-" + created + "." + extension;
  }

  static String slug(String text) {
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+)|(-+$)", "");
    if (ascii.length() <= MAX_SLUG) {
      return ascii;
    }
    return ascii.substring(0, MAX_SLUG).replaceAll("-+$", "");
  }
}
