package dev.macai.catalog.equipment.domain;

/** Names of equipment items. */
public final class EquipmentNames {

  public static final int MAX_LENGTH = 200;
  static final String COPY_SUFFIX = " (copy)";

  private EquipmentNames() {}

  /** "Serum" → "Serum (copy)"; a name at the length limit is shortened to make room. */
  public static String copyOf(String name) {
    int room = MAX_LENGTH - COPY_SUFFIX.length();
    String base = name;
    if (base.length() > room) {
      int end = room;
      // never cut a character outside the BMP in half
      if (Character.isHighSurrogate(base.charAt(end - 1))) {
        end--;
      }
      base = base.substring(0, end).stripTrailing();
    }
    return base + COPY_SUFFIX;
  }
}
