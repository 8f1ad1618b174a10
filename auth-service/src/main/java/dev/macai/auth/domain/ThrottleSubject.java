package dev.macai.auth.domain;

import java.util.UUID;

/**
 * Whose failures a throttle row counts: a real account by its id (so login and password change
 * share one count), an unknown email by its normalised form. Both are hashed alike, so the table
 * neither stores an address in clear nor shows which emails are registered.
 */
public final class ThrottleSubject {

  /** The address column of the account-wide row, which counts failures from every address. */
  public static final String EVERY_ADDRESS = "*";

  private ThrottleSubject() {}

  public static String ofAccount(UUID userId) {
    return SecretHash.sha256("account:" + userId);
  }

  public static String ofUnknownEmail(String normalisedEmail) {
    return SecretHash.sha256("email:" + normalisedEmail);
  }
}
