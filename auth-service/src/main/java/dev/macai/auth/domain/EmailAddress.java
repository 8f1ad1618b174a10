package dev.macai.auth.domain;

import java.util.Locale;

/** Emails are stored and compared in one canonical form: trimmed and lower-case. */
public final class EmailAddress {

  private EmailAddress() {}

  public static String normalise(String email) {
    return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
  }
}
