package dev.macai.auth.domain;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The rules a new password must meet. BCrypt ignores everything after 72 bytes, so we refuse more.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_BYTES = 72;

  private PasswordPolicy() {}

  /** Returns why the password is refused, or empty when it is acceptable. */
  public static Optional<String> violation(String password) {
    if (password == null || password.isBlank()) {
      return Optional.of("must not be blank");
    }
    if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of("must be at least " + MIN_LENGTH + " characters long");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return Optional.of("must be at most " + MAX_BYTES + " bytes long (UTF-8)");
    }
    return Optional.empty();
  }
}
