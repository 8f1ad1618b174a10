package dev.macai.catalog.sketch.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns what a person types into the search box into a PostgreSQL text-search query that finds
 * every word as a prefix: "blue gui" matches "Blue Guitar". Only letters and digits pass through,
 * so the result is always a valid query and never an injection.
 */
public final class SearchTerms {

  private static final int MAX_TERMS = 10;

  private SearchTerms() {}

  /** The {@code to_tsquery('simple', …)} argument, or empty when there is nothing to search. */
  public static Optional<String> prefixQuery(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    List<String> terms = new ArrayList<>();
    for (String word : typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && terms.size() < MAX_TERMS) {
        terms.add(word + ":*");
      }
    }
    return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" & ", terms));
  }
}
