package dev.macai.auth.service;

import dev.macai.auth.repository.UserEntity;
import java.time.Instant;
import java.util.UUID;

/** A user account as the service hands it out: no password hash, no lockout bookkeeping. */
public record Account(
    UUID id,
    String email,
    String firstName,
    String lastName,
    String artistName,
    boolean admin,
    Instant createdAt,
    Instant updatedAt) {

  static Account of(UserEntity user) {
    return new Account(
        user.id,
        user.email,
        user.firstName,
        user.lastName,
        user.artistName,
        user.admin,
        user.createdAt,
        user.updatedAt);
  }
}
