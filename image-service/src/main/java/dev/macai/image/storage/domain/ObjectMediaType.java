package dev.macai.image.storage.domain;

/**
 * The media type of a stored image told by its key's extension, for the signed file URLs that carry
 * only the key. Keys without a known extension are PNG, as every image was before GPT Image.
 */
public final class ObjectMediaType {

  private ObjectMediaType() {}

  public static String of(String key) {
    if (key.endsWith(".webp")) {
      return "image/webp";
    }
    if (key.endsWith(".jpg") || key.endsWith(".jpeg")) {
      return "image/jpeg";
    }
    return "image/png";
  }
}
