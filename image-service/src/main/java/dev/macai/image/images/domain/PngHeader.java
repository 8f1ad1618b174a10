package dev.macai.image.images.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Reads width and height from a PNG's IHDR chunk without decoding the image. Tells a real PNG from
 * whatever else a provider might send (an error page, truncated Base64).
 */
public final class PngHeader {

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final int IHDR_END = 8 + 4 + 4 + 8;

  private PngHeader() {}

  public static Optional<ImageDimensions> dimensions(byte[] content) {
    if (content == null
        || content.length < IHDR_END
        || !Arrays.equals(content, 0, 8, SIGNATURE, 0, 8)
        || content[12] != 'I'
        || content[13] != 'H'
        || content[14] != 'D'
        || content[15] != 'R') {
      return Optional.empty();
    }
    int width = readInt(content, 16);
    int height = readInt(content, 20);
    if (width <= 0 || height <= 0) {
      return Optional.empty();
    }
    return Optional.of(new ImageDimensions(width, height));
  }

  private static int readInt(byte[] bytes, int at) {
    return ((bytes[at] & 0xff) << 24)
        | ((bytes[at + 1] & 0xff) << 16)
        | ((bytes[at + 2] & 0xff) << 8)
        | (bytes[at + 3] & 0xff);
  }
}
