package dev.macai.image.images.domain;

/** Width and height in pixels, and the size names GPT Image takes. */
public record ImageDimensions(int width, int height) {

  /** The standard sizes of every GPT Image model; {@code auto} lets the model choose. */
  public static final String SIZES = "1024x1024|1536x1024|1024x1536|auto";

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
