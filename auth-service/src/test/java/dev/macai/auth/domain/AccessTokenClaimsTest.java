package dev.macai.auth.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessTokenClaimsTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void carriesTheContractsClaims() {
    UUID user = UUID.randomUUID();
    UUID session = UUID.randomUUID();
    AccessTokenClaims claims =
        AccessTokenClaims.forUser(
            user, "ada@example.com", false, session, NOW, Duration.ofMinutes(15));
    assertThat(claims.issuer()).isEqualTo("mac-ai-service");
    assertThat(claims.subject()).isEqualTo(user);
    assertThat(claims.upn()).isEqualTo("ada@example.com");
    assertThat(claims.groups()).containsExactly("user");
    assertThat(claims.sessionId()).isEqualTo(session);
    assertThat(claims.expiresAt()).isEqualTo(NOW.plusSeconds(900));
    assertThat(claims.expiresInSeconds()).isEqualTo(900);
  }

  @Test
  void adminsAreAlsoUsers() {
    AccessTokenClaims claims =
        AccessTokenClaims.forUser(
            UUID.randomUUID(), "a@b.c", true, UUID.randomUUID(), NOW, Duration.ofMinutes(15));
    assertThat(claims.groups()).containsExactlyInAnyOrder("user", "admin");
  }

  @Test
  void everyTokenHasItsOwnId() {
    UUID user = UUID.randomUUID();
    UUID session = UUID.randomUUID();
    Duration ttl = Duration.ofMinutes(15);
    assertThat(AccessTokenClaims.forUser(user, "a@b.c", false, session, NOW, ttl).tokenId())
        .isNotEqualTo(AccessTokenClaims.forUser(user, "a@b.c", false, session, NOW, ttl).tokenId());
  }
}
