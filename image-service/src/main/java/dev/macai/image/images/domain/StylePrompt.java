package dev.macai.image.images.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Folds the style fields into the prompt GPT Image receives (it has no style parameter). The
 * person's prompt comes first, the style follows as one sentence. The result never exceeds {@link
 * #MAX_LENGTH}, GPT Image's limit: a prompt too long for its style is shortened at a word boundary,
 * because a dropped style choice would surprise more than a trimmed tail of a 32,000-character
 * prompt.
 */
public final class StylePrompt {

  public static final int MAX_LENGTH = 32_000;

  private StylePrompt() {}

  public static String fold(String prompt, StyleFields style) {
    String base = prompt.strip();
    List<String> phrases = phrases(style);
    if (phrases.isEmpty()) {
      return shorten(base, MAX_LENGTH);
    }
    String suffix = " Style: " + String.join(", ", phrases) + ".";
    String head = shorten(stripFinalStop(base), MAX_LENGTH - suffix.length() - 1);
    return head + "." + suffix;
  }

  static List<String> phrases(StyleFields style) {
    List<String> phrases = new ArrayList<>();
    add(phrases, StyleVocabulary.ARTISTIC_STYLE_PHRASES, style.artisticStyle(), "artistic_style");
    add(phrases, StyleVocabulary.COMPOSITION_PHRASES, style.composition(), "composition");
    add(phrases, StyleVocabulary.LIGHTING_PHRASES, style.lighting(), "lighting");
    add(phrases, StyleVocabulary.COLOR_PALETTE_PHRASES, style.colorPalette(), "color_palette");
    add(phrases, StyleVocabulary.DETAIL_LEVEL_PHRASES, style.detailLevel(), "detail_level");
    return phrases;
  }

  private static void add(
      List<String> phrases, Map<String, String> vocabulary, String value, String field) {
    if (value == null) {
      return;
    }
    String phrase = vocabulary.get(value);
    if (phrase == null) {
      throw new IllegalArgumentException(field + " has no style '" + value + "'");
    }
    phrases.add(phrase);
  }

  private static String stripFinalStop(String text) {
    String stripped = text;
    while (stripped.endsWith(".")) {
      stripped = stripped.substring(0, stripped.length() - 1).stripTrailing();
    }
    return stripped;
  }

  /** At most {@code max} characters, cut after the last whole word that fits. */
  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max);
    String head = cut > max / 2 ? text.substring(0, cut) : text.substring(0, max);
    // Never split a surrogate pair (an emoji) in two.
    if (!head.isEmpty() && Character.isHighSurrogate(head.charAt(head.length() - 1))) {
      head = head.substring(0, head.length() - 1);
    }
    return head.stripTrailing();
  }
}
