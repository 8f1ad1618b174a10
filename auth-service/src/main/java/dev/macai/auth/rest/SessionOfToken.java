package dev.macai.auth.rest;

import io.quarkus.security.AuthenticationFailedException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The refresh family an access token names in {@code sid}, if the request carries a usable one. */
final class SessionOfToken {

  private SessionOfToken() {}

  /** A stale or broken token must not stop anyone from logging out: it just names no session. */
  static Optional<UUID> of(JsonWebToken jwt) {
    try {
      return Optional.ofNullable(jwt.<String>getClaim("sid")).map(UUID::fromString);
    } catch (AuthenticationFailedException | IllegalArgumentException unusable) {
      return Optional.empty();
    }
  }
}
