package dev.macai.catalog.equipment.domain;

/** A stored secret that cannot be turned back into plain text with the configured keys. */
public final class UnreadableSecretException extends RuntimeException {

  public UnreadableSecretException(String reason) {
    // No stack trace: the reason is all a caller can act on, and the token must never be logged.
    super(reason, null, false, false);
  }
}
