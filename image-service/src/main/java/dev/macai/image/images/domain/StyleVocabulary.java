package dev.macai.image.images.domain;

import java.util.Map;

/**
 * The allowed values of the style fields and the phrase each one adds to the prompt. The patterns
 * are compile-time constants so request records can validate with {@code @Pattern}; the UI offers
 * exactly these keys.
 */
public final class StyleVocabulary {

  public static final String ARTISTIC_STYLES =
      "photorealistic|digital-art|oil-painting|watercolor|pencil-sketch|anime|3d-render|pop-art"
          + "|minimalist|vintage-poster|surreal";
  public static final String COMPOSITIONS = "album-cover|landscape|portrait|wide-angle|close-up";
  public static final String LIGHTINGS =
      "natural|golden-hour|studio|dramatic|neon|soft|backlit|moonlight";
  public static final String COLOR_PALETTES =
      "vibrant|muted|monochrome|pastel|warm|cool|dark|black-and-white";
  public static final String DETAIL_LEVELS = "minimal|moderate|high|ultra";

  static final Map<String, String> ARTISTIC_STYLE_PHRASES =
      Map.ofEntries(
          Map.entry("photorealistic", "photorealistic, as if shot on a full-frame camera"),
          Map.entry("digital-art", "digital art with clean, crisp rendering"),
          Map.entry("oil-painting", "an oil painting with visible brush strokes"),
          Map.entry("watercolor", "a watercolor painting with soft, bleeding edges"),
          Map.entry("pencil-sketch", "a detailed pencil sketch"),
          Map.entry("anime", "anime illustration style"),
          Map.entry("3d-render", "a polished 3D render"),
          Map.entry("pop-art", "bold pop-art style with strong outlines"),
          Map.entry("minimalist", "minimalist style with few elements and clean shapes"),
          Map.entry("vintage-poster", "a vintage poster with aged print texture"),
          Map.entry("surreal", "surreal, dreamlike imagery"));

  static final Map<String, String> COMPOSITION_PHRASES =
      Map.of(
          "album-cover",
          "composed as a square album cover with a strong central subject and calm space for a"
              + " title",
          "landscape",
          "a wide landscape composition",
          "portrait",
          "a portrait composition focused on the subject",
          "wide-angle",
          "a wide-angle view with strong perspective",
          "close-up",
          "a close-up with fine detail on the subject");

  static final Map<String, String> LIGHTING_PHRASES =
      Map.of(
          "natural", "natural daylight",
          "golden-hour", "warm golden-hour light",
          "studio", "even studio lighting",
          "dramatic", "dramatic high-contrast lighting",
          "neon", "glowing neon light",
          "soft", "soft diffused light",
          "backlit", "backlit with a glowing rim",
          "moonlight", "cold moonlight");

  static final Map<String, String> COLOR_PALETTE_PHRASES =
      Map.of(
          "vibrant", "a vibrant, saturated color palette",
          "muted", "a muted, desaturated color palette",
          "monochrome", "a monochrome color palette",
          "pastel", "a pastel color palette",
          "warm", "a warm color palette",
          "cool", "a cool color palette",
          "dark", "a dark, moody color palette",
          "black-and-white", "black and white");

  static final Map<String, String> DETAIL_LEVEL_PHRASES =
      Map.of(
          "minimal", "minimal detail",
          "moderate", "a moderate level of detail",
          "high", "high detail",
          "ultra", "ultra-fine, intricate detail");

  private StyleVocabulary() {}
}
