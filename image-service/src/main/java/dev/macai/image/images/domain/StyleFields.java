package dev.macai.image.images.domain;

/** The optional style choices of a generation; null means "not chosen". */
public record StyleFields(
    String artisticStyle,
    String composition,
    String lighting,
    String colorPalette,
    String detailLevel) {

  public static StyleFields none() {
    return new StyleFields(null, null, null, null, null);
  }
}
