package dev.macai.image.images.domain;

/** Width and height in pixels, and the DALL-E size names that map to them. */
public record ImageDimensions(int width, int height) {

  public static final String SIZES = "1024x1024|1792x1024|1024x1792";

  public static ImageDimensions parse(String size) {
    String[] parts = size.split("x");
    if (parts.length != 2) {
      throw new IllegalArgumentException("not WIDTHxHEIGHT: " + size);
    }
    return new ImageDimensions(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }

  public String sizeName() {
    return width + "x" + height;
  }
}
