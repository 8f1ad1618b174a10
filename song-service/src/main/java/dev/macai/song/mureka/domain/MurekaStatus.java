package dev.macai.song.mureka.domain;

import java.util.Locale;

/** A Mureka task's status; the last four are terminal. */
public enum MurekaStatus {
  PREPARING,
  QUEUED,
  RUNNING,
  STREAMING,
  SUCCEEDED,
  FAILED,
  TIMEOUTED,
  CANCELLED,
  /** A value this client does not know yet: treated as still running. */
  UNKNOWN;

  public static MurekaStatus parse(String value) {
    if (value == null) {
      return UNKNOWN;
    }
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException newValue) {
      return UNKNOWN;
    }
  }

  public boolean terminal() {
    return this == SUCCEEDED || this == FAILED || this == TIMEOUTED || this == CANCELLED;
  }

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
