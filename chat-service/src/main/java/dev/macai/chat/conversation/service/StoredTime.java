package dev.macai.chat.conversation.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The time stamps conversations and messages are stored with. */
final class StoredTime {

  private StoredTime() {}

  /** Microseconds, as PostgreSQL stores them, so a response equals a later read. */
  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
