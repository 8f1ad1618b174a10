package dev.macai.image.overlay.domain;

/**
 * Everything the renderer needs, defaults applied. {@code artistPosition} null stacks the artist
 * under the title; {@code artist} null draws no artist line. Colours are {@code 0xRRGGBB}.
 */
public record OverlaySpec(
    String title,
    String artist,
    FontStyle titleFont,
    FontStyle artistFont,
    OverlayPosition titlePosition,
    OverlayPosition artistPosition,
    int titleFontSize,
    int artistFontSize,
    int titleColor,
    int artistColor,
    int outlineColor,
    int outlineWidth) {}
