package dev.macai.auth.domain;

import java.util.Locale;

/** Who may create an account ({@code AUTH_REGISTRATION}). */
public enum RegistrationPolicy {
  /** Only the very first account may be created, and it becomes the admin. */
  FIRST_USER,
  /** Anyone may sign up; the first account still becomes the admin. */
  OPEN,
  /** Nobody may sign up. */
  CLOSED;

  public enum Decision {
    CREATE_ADMIN,
    CREATE_USER,
    REFUSE
  }

  public Decision decide(long existingAccounts) {
    return switch (this) {
      case CLOSED -> Decision.REFUSE;
      case FIRST_USER -> existingAccounts == 0 ? Decision.CREATE_ADMIN : Decision.REFUSE;
      case OPEN -> existingAccounts == 0 ? Decision.CREATE_ADMIN : Decision.CREATE_USER;
    };
  }

  /** Parses the configuration value ({@code first-user}, {@code open}, {@code closed}). */
  public static RegistrationPolicy parse(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
