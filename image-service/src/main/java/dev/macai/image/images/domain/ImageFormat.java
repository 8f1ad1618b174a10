package dev.macai.image.images.domain;

import java.util.Arrays;

/**
 * The formats GPT Image answers in ({@code output_format}: png, webp, jpeg), with what each needs
 * to be stored and served: its media type and file extension.
 */
public enum ImageFormat {
  PNG("png", "image/png", "png"),
  WEBP("webp", "image/webp", "webp"),
  JPEG("jpeg", "image/jpeg", "jpg");

  /** The {@code output_format} values the API takes, for request validation. */
  public static final String NAMES = "png|webp|jpeg";

  private final String apiName;
  private final String mediaType;
  private final String extension;

  ImageFormat(String apiName, String mediaType, String extension) {
    this.apiName = apiName;
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public static ImageFormat ofApiName(String name) {
    return Arrays.stream(values())
        .filter(format -> format.apiName.equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no image format '" + name + "'"));
  }

  /** The format of a stored object, told by its media type; unknown types are PNG (older rows). */
  public static ImageFormat ofMediaType(String mediaType) {
    return Arrays.stream(values())
        .filter(format -> format.mediaType.equals(mediaType))
        .findFirst()
        .orElse(PNG);
  }

  public String apiName() {
    return apiName;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** Transparency needs an alpha channel, which JPEG does not have. */
  public boolean hasAlpha() {
    return this != JPEG;
  }

  /** Only the lossy encodings take {@code output_compression}. */
  public boolean takesCompression() {
    return this != PNG;
  }
}
