package dev.macai.catalog.sketch.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Tags are stored in one form, so "Rock", " rock " and "ROCK" are one tag and filter alike. */
public final class Tags {

  private Tags() {}

  /** Trimmed, lower-case, blanks dropped, duplicates dropped, first occurrence's order kept. */
  public static List<String> normalise(Collection<String> tags) {
    if (tags == null) {
      return List.of();
    }
    Set<String> unique = new LinkedHashSet<>();
    for (String tag : tags) {
      if (tag != null && !tag.isBlank()) {
        unique.add(tag.trim().toLowerCase(Locale.ROOT));
      }
    }
    return List.copyOf(unique);
  }

  public static String normaliseOne(String tag) {
    return tag == null ? null : tag.trim().toLowerCase(Locale.ROOT);
  }
}
