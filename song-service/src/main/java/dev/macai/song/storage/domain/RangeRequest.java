package dev.macai.song.storage.domain;

import java.util.Locale;

/**
 * What a {@code Range} header (RFC 9110 §14) asks of an object of a known size. One range only: a
 * player seeking asks for one, and a server may answer a multi-range request with the whole object.
 * A header this class cannot read is ignored, as the RFC allows, so the answer is the whole object.
 */
public record RangeRequest(Outcome outcome, ByteRange range) {

  public enum Outcome {
    /** No usable Range header: 200 with everything. */
    WHOLE,
    /** 206 with {@link #range()}. */
    PARTIAL,
    /** 416: the range starts beyond the end (or asks for the last 0 bytes). */
    UNSATISFIABLE
  }

  private static final String UNIT = "bytes=";

  public static RangeRequest of(String header, long total) {
    if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(UNIT)) {
      return whole(total);
    }
    String spec = header.substring(UNIT.length()).strip();
    int dash = spec.indexOf('-');
    if (spec.contains(",") || dash < 0) {
      return whole(total);
    }
    String start = spec.substring(0, dash).strip();
    String end = spec.substring(dash + 1).strip();
    if (!digitsOrEmpty(start) || !digitsOrEmpty(end) || (start.isEmpty() && end.isEmpty())) {
      return whole(total);
    }
    if (start.isEmpty()) {
      return suffix(number(end), total);
    }
    long first = number(start);
    long last = end.isEmpty() ? Long.MAX_VALUE : number(end);
    if (last < first) {
      return whole(total);
    }
    if (first >= total) {
      return unsatisfiable(total);
    }
    return partial(new ByteRange(first, Math.min(last, total - 1), total));
  }

  /** The Content-Range of a 416 answer. */
  public static String unsatisfiedContentRange(long total) {
    return "bytes */" + total;
  }

  private static RangeRequest suffix(long count, long total) {
    if (count == 0 || total == 0) {
      return unsatisfiable(total);
    }
    return partial(new ByteRange(Math.max(0, total - count), total - 1, total));
  }

  private static RangeRequest partial(ByteRange range) {
    // Asking for everything is still a 206: the client asked with a Range header.
    return new RangeRequest(Outcome.PARTIAL, range);
  }

  private static RangeRequest whole(long total) {
    return new RangeRequest(Outcome.WHOLE, ByteRange.whole(total));
  }

  private static RangeRequest unsatisfiable(long total) {
    return new RangeRequest(Outcome.UNSATISFIABLE, ByteRange.whole(total));
  }

  private static boolean digitsOrEmpty(String value) {
    return value.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** Digits beyond a long are larger than any object: clamp instead of failing. */
  private static long number(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException tooLarge) {
      return Long.MAX_VALUE;
    }
  }
}
