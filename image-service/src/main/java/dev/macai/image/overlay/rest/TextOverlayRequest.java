package dev.macai.image.overlay.rest;

import dev.macai.image.overlay.domain.FontStyle;
import dev.macai.image.overlay.domain.OverlaySpec;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@code POST /api/v1/image/add-text-overlay}. Left out: fonts {@code bold}, title at {@code
 * bottom-center}, artist stacked under the title, sizes 96 / 40, white text, black outline 3 px.
 */
public record TextOverlayRequest(
    @NotNull UUID imageId,
    @NotBlank @Size(max = 100) String title,
    @Size(max = 100) String artist,
    @Pattern(regexp = FontStyle.NAMES, message = "must be one of " + FontStyle.NAMES)
        String fontStyle,
    @Pattern(regexp = FontStyle.NAMES, message = "must be one of " + FontStyle.NAMES)
        String artistFontStyle,
    @Valid PositionInput titlePosition,
    @Valid PositionInput artistPosition,
    @Min(20) @Max(300) Integer titleFontSize,
    @Min(10) @Max(200) Integer artistFontSize,
    @Pattern(regexp = COLOR, message = COLOR_MESSAGE) String titleColor,
    @Pattern(regexp = COLOR, message = COLOR_MESSAGE) String artistColor,
    @Pattern(regexp = COLOR, message = COLOR_MESSAGE) String outlineColor,
    @Min(0) @Max(20) Integer outlineWidth) {

  static final String COLOR = "#[0-9A-Fa-f]{6}";
  static final String COLOR_MESSAGE = "must be a colour #RRGGBB";

  OverlaySpec toSpec() {
    FontStyle titleFont = FontStyle.of(or(fontStyle, "bold"));
    boolean hasArtist = artist != null && !artist.isBlank();
    return new OverlaySpec(
        title,
        hasArtist ? artist : null,
        titleFont,
        artistFontStyle == null ? titleFont : FontStyle.of(artistFontStyle),
        (titlePosition == null ? PositionInput.ofName("bottom-center") : titlePosition)
            .toPosition(),
        artistPosition == null ? null : artistPosition.toPosition(),
        titleFontSize == null ? 96 : titleFontSize,
        artistFontSize == null ? 40 : artistFontSize,
        rgb(or(titleColor, "#FFFFFF")),
        rgb(or(artistColor, or(titleColor, "#FFFFFF"))),
        rgb(or(outlineColor, "#000000")),
        outlineWidth == null ? 3 : outlineWidth);
  }

  /** The settings with defaults applied, stored as {@code text_overlay_metadata}. */
  Map<String, Object> metadata() {
    OverlaySpec spec = toSpec();
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("source_image_id", imageId.toString());
    metadata.put("title", title.strip());
    metadata.put("artist", spec.artist() == null ? null : spec.artist().strip());
    metadata.put("font_style", spec.titleFont().key());
    metadata.put("artist_font_style", spec.artistFont().key());
    metadata.put(
        "title_position", titlePosition == null ? "bottom-center" : titlePosition.recorded());
    metadata.put("artist_position", artistPosition == null ? null : artistPosition.recorded());
    metadata.put("title_font_size", spec.titleFontSize());
    metadata.put("artist_font_size", spec.artistFontSize());
    metadata.put("title_color", hex(spec.titleColor()));
    metadata.put("artist_color", hex(spec.artistColor()));
    metadata.put("outline_color", hex(spec.outlineColor()));
    metadata.put("outline_width", spec.outlineWidth());
    return metadata;
  }

  private static String or(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static int rgb(String color) {
    return Integer.parseInt(color.substring(1), 16);
  }

  private static String hex(int rgb) {
    return String.format("#%06X", rgb);
  }
}
