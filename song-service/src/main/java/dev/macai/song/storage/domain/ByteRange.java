package dev.macai.song.storage.domain;

/** Bytes {@code first}..{@code last} (inclusive) of an object of {@code total} bytes. */
public record ByteRange(long first, long last, long total) {

  public ByteRange {
    if (first < 0 || last < first - 1 || last >= total) {
      throw new IllegalArgumentException(
          "not a range of the object: " + first + "-" + last + "/" + total);
    }
  }

  /** The whole object (for an empty object: no bytes at all). */
  public static ByteRange whole(long total) {
    return new ByteRange(0, total - 1, total);
  }

  public long length() {
    return last - first + 1;
  }

  public boolean isWhole() {
    return first == 0 && last == total - 1;
  }

  /** The {@code Content-Range} value of a 206 answer. */
  public String contentRange() {
    return "bytes " + first + "-" + last + "/" + total;
  }
}
