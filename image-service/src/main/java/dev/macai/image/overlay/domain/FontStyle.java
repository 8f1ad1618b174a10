package dev.macai.image.overlay.domain;

/** The three overlay fonts (OFL, from the {@code @expo-google-fonts} packages). */
public enum FontStyle {
  BOLD("bold", "Anton_400Regular.ttf"),
  ELEGANT("elegant", "PlayfairDisplay_400Regular.ttf"),
  LIGHT("light", "Roboto_300Light.ttf");

  public static final String NAMES = "bold|elegant|light";

  private final String key;
  private final String file;

  FontStyle(String key, String file) {
    this.key = key;
    this.file = file;
  }

  public String key() {
    return key;
  }

  /** The TTF under {@code src/main/resources/fonts}. */
  public String file() {
    return file;
  }

  public static FontStyle of(String key) {
    for (FontStyle style : values()) {
      if (style.key.equals(key)) {
        return style;
      }
    }
    throw new IllegalArgumentException("no font style " + key);
  }
}
