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
      String normal = normaliseOne(tag);
      if (normal != null && !normal.isEmpty()) {
        unique.add(normal);
      }
    }
    return List.copyOf(unique);
  }

  public static String normaliseOne(String tag) {
    // strip(), not trim(): Unicode spaces count, control characters are not silently dropped.
    return tag == null ? null : tag.strip().toLowerCase(Locale.ROOT);
  }
}
