package dev.macai.auth.rest;

import dev.macai.auth.domain.AccessTokenClaims;
import dev.macai.auth.service.Account;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user as clients see it: never the hash, never the lockout bookkeeping. */
public record UserView(
    UUID id,
    String email,
    String firstName,
    String lastName,
    String artistName,
    List<String> roles,
    Instant createdAt,
    Instant updatedAt) {

  static UserView of(Account user) {
    List<String> roles =
        user.admin()
            ? List.of(AccessTokenClaims.USER_GROUP, AccessTokenClaims.ADMIN_GROUP)
            : List.of(AccessTokenClaims.USER_GROUP);
    return new UserView(
        user.id(),
        user.email(),
        user.firstName(),
        user.lastName(),
        user.artistName(),
        roles,
        user.createdAt(),
        user.updatedAt());
  }
}
