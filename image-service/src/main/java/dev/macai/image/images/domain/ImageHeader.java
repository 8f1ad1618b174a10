package dev.macai.image.images.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Reads format, width and height from the first bytes of a PNG, WebP or JPEG without decoding it.
 * Tells a real image from whatever else a provider might send (an error page, truncated Base64).
 */
public record ImageHeader(ImageFormat format, ImageDimensions dimensions) {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  public static Optional<ImageHeader> read(byte[] content) {
    if (content == null || content.length < 24) {
      return Optional.empty();
    }
    Optional<ImageDimensions> png = png(content);
    if (png.isPresent()) {
      return png.map(d -> new ImageHeader(ImageFormat.PNG, d));
    }
    if (ascii(content, 0, "RIFF") && ascii(content, 8, "WEBP")) {
      return webp(content).map(d -> new ImageHeader(ImageFormat.WEBP, d));
    }
    if ((content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8) {
      return jpeg(content).map(d -> new ImageHeader(ImageFormat.JPEG, d));
    }
    return Optional.empty();
  }

  /** The IHDR chunk comes first in every PNG. */
  private static Optional<ImageDimensions> png(byte[] b) {
    if (!Arrays.equals(b, 0, 8, PNG_SIGNATURE, 0, 8) || !ascii(b, 12, "IHDR")) {
      return Optional.empty();
    }
    return dimensions(bigEndian32(b, 16), bigEndian32(b, 20));
  }

  /** The first chunk says how: lossy (VP8), lossless (VP8L) or extended (VP8X, with alpha). */
  private static Optional<ImageDimensions> webp(byte[] b) {
    if (b.length < 30) {
      return Optional.empty();
    }
    if (ascii(b, 12, "VP8X")) {
      return dimensions(1 + littleEndian24(b, 24), 1 + littleEndian24(b, 27));
    }
    if (ascii(b, 12, "VP8L") && (b[20] & 0xff) == 0x2f) {
      int bits = littleEndian32(b, 21);
      return dimensions(1 + (bits & 0x3fff), 1 + ((bits >>> 14) & 0x3fff));
    }
    if (ascii(b, 12, "VP8 ")
        && (b[23] & 0xff) == 0x9d
        && (b[24] & 0xff) == 0x01
        && (b[25] & 0xff) == 0x2a) {
      return dimensions(littleEndian16(b, 26) & 0x3fff, littleEndian16(b, 28) & 0x3fff);
    }
    return Optional.empty();
  }

  /** Walks the markers to the first start-of-frame, which carries the size. */
  private static Optional<ImageDimensions> jpeg(byte[] b) {
    int at = 2;
    while (at + 9 < b.length) {
      if ((b[at] & 0xff) != 0xff) {
        return Optional.empty();
      }
      int marker = b[at + 1] & 0xff;
      if (marker == 0xff) {
        at++; // fill byte
        continue;
      }
      int length = bigEndian16(b, at + 2);
      boolean startOfFrame =
          marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
      if (startOfFrame) {
        return dimensions(bigEndian16(b, at + 7), bigEndian16(b, at + 5));
      }
      at += 2 + length;
    }
    return Optional.empty();
  }

  private static Optional<ImageDimensions> dimensions(int width, int height) {
    return width > 0 && height > 0
        ? Optional.of(new ImageDimensions(width, height))
        : Optional.empty();
  }

  private static boolean ascii(byte[] b, int at, String text) {
    if (at + text.length() > b.length) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (b[at + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int bigEndian32(byte[] b, int at) {
    return ((b[at] & 0xff) << 24)
        | ((b[at + 1] & 0xff) << 16)
        | ((b[at + 2] & 0xff) << 8)
        | (b[at + 3] & 0xff);
  }

  private static int bigEndian16(byte[] b, int at) {
    return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
  }

  private static int littleEndian16(byte[] b, int at) {
    return (b[at] & 0xff) | ((b[at + 1] & 0xff) << 8);
  }

  private static int littleEndian24(byte[] b, int at) {
    return littleEndian16(b, at) | ((b[at + 2] & 0xff) << 16);
  }

  private static int littleEndian32(byte[] b, int at) {
    return littleEndian24(b, at) | ((b[at + 3] & 0xff) << 24);
  }
}
