package dev.macai.chat.common.domain;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Where a conversation's model stands with its provider: {@code AVAILABLE}; {@code RETIRING} (a
 * shutdown date is announced and still ahead); {@code RETIRED} (the date has passed, or the
 * provider no longer lists the model for us); {@code UNKNOWN} when the provider could not be asked.
 * {@code replacement} is the model to offer instead, null when there is none to offer.
 */
public record ModelLifecycle(Status status, LocalDate shutdownDate, String replacement) {

  public enum Status {
    AVAILABLE,
    RETIRING,
    RETIRED,
    UNKNOWN;

    /** As the API spells it: {@code available}, {@code retiring}, ... */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static ModelLifecycle available() {
    return new ModelLifecycle(Status.AVAILABLE, null, null);
  }

  public static ModelLifecycle unknown() {
    return new ModelLifecycle(Status.UNKNOWN, null, null);
  }

  public boolean retired() {
    return status == Status.RETIRED;
  }
}
