package dev.macai.catalog.equipment.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How software and plug-in tags are stored. */
public final class EquipmentTags {

  private EquipmentTags() {}

  /**
   * Trims every tag, drops blank ones and keeps the first spelling of tags that differ only in case
   * ("Synth", "synth " → "Synth"): the user's casing is shown back, duplicates are not.
   */
  public static List<String> normalise(List<String> tags) {
    if (tags == null) {
      return List.of();
    }
    Set<String> seen = new HashSet<>();
    List<String> kept = new ArrayList<>();
    for (String tag : tags) {
      if (tag == null || tag.isBlank()) {
        continue;
      }
      String trimmed = tag.strip();
      if (seen.add(trimmed.toLowerCase(Locale.ROOT))) {
        kept.add(trimmed);
      }
    }
    return List.copyOf(kept);
  }
}
