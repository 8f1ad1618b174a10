package dev.macai.auth.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The claims of an access token as ARCHITECTURE §3 fixes them: issuer, user id as {@code sub},
 * email as {@code upn}, groups, the refresh family as {@code sid}, a fresh {@code jti}.
 */
public record AccessTokenClaims(
    String issuer,
    UUID subject,
    String upn,
    Set<String> groups,
    UUID sessionId,
    String tokenId,
    Instant issuedAt,
    Instant expiresAt) {

  public static final String ISSUER = "mac-ai-service";
  public static final String USER_GROUP = "user";
  public static final String ADMIN_GROUP = "admin";

  public static AccessTokenClaims forUser(
      UUID userId, String email, boolean admin, UUID sessionId, Instant now, Duration ttl) {
    Set<String> groups = new LinkedHashSet<>();
    groups.add(USER_GROUP);
    if (admin) {
      groups.add(ADMIN_GROUP);
    }
    return new AccessTokenClaims(
        ISSUER,
        userId,
        email,
        Set.copyOf(groups),
        sessionId,
        UUID.randomUUID().toString(),
        now,
        now.plus(ttl));
  }

  public long expiresInSeconds() {
    return Duration.between(issuedAt, expiresAt).toSeconds();
  }
}
