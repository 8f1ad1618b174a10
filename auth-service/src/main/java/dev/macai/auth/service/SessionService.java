package dev.macai.auth.service;

import dev.macai.auth.config.AuthConfig;
import dev.macai.auth.domain.AccessTokenClaims;
import dev.macai.auth.domain.AuthFailure;
import dev.macai.auth.domain.RefreshTokenSecret;
import dev.macai.auth.repository.RefreshTokenEntity;
import dev.macai.auth.repository.RefreshTokenRepository;
import dev.macai.auth.repository.UserEntity;
import dev.macai.auth.repository.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Refresh-token families. A login starts a family; each refresh retires the presented token and
 * issues its successor in the same family. A retired token presented again means it was copied, so
 * the whole family is revoked (OAuth 2.0 Security BCP, refresh token rotation).
 */
@ApplicationScoped
public class SessionService {

  private static final Logger LOG = Logger.getLogger(SessionService.class);

  private final RefreshTokenRepository tokens;
  private final UserRepository users;
  private final AccessTokenIssuer issuer;
  private final AuthConfig config;
  private final Clock clock;

  SessionService(
      RefreshTokenRepository tokens,
      UserRepository users,
      AccessTokenIssuer issuer,
      AuthConfig config,
      Clock clock) {
    this.tokens = tokens;
    this.users = users;
    this.issuer = issuer;
    this.config = config;
    this.clock = clock;
  }

  /** Starts a new family for a user who just proved who they are. */
  @Transactional(Transactional.TxType.MANDATORY)
  public IssuedSession start(UserEntity user) {
    return issue(user, UUID.randomUUID(), clock.instant());
  }

  @Transactional(dontRollbackOn = AuthFailure.class)
  public IssuedSession refresh(String presentedSecret) {
    if (presentedSecret == null || presentedSecret.isBlank()) {
      throw AuthFailure.invalidRefreshToken();
    }
    Instant now = clock.instant();
    RefreshTokenEntity token =
        tokens
            .findByHashForUpdate(RefreshTokenSecret.hash(presentedSecret))
            .orElseThrow(AuthFailure::invalidRefreshToken);
    if (token.revokedAt != null || !now.isBefore(token.expiresAt)) {
      throw AuthFailure.invalidRefreshToken();
    }
    if (token.rotatedAt != null) {
      int revoked = tokens.revokeFamily(token.familyId, now);
      LOG.warnf(
          "Refresh token reuse for user %s: revoked session %s (%d tokens)",
          token.userId, token.familyId, revoked);
      throw AuthFailure.invalidRefreshToken();
    }
    token.rotatedAt = now;
    UserEntity user =
        users.findByIdOptional(token.userId).orElseThrow(AuthFailure::invalidRefreshToken);
    return issue(user, token.familyId, now);
  }

  @Transactional
  public void revokeSession(UUID familyId) {
    tokens.revokeFamily(familyId, clock.instant());
  }

  /** Signs out the session a refresh secret belongs to; an unknown secret is simply ignored. */
  @Transactional
  public void revokeSessionOf(String refreshSecret) {
    tokens
        .findByHashForUpdate(RefreshTokenSecret.hash(refreshSecret))
        .ifPresent(token -> tokens.revokeFamily(token.familyId, clock.instant()));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void revokeAllSessions(UUID userId) {
    tokens.revokeAllOfUser(userId, clock.instant());
  }

  private IssuedSession issue(UserEntity user, UUID familyId, Instant now) {
    String secret = RefreshTokenSecret.generate();
    RefreshTokenEntity next = new RefreshTokenEntity();
    next.id = UUID.randomUUID();
    next.userId = user.id;
    next.familyId = familyId;
    next.tokenHash = RefreshTokenSecret.hash(secret);
    next.createdAt = now;
    next.expiresAt = now.plus(config.token().refreshTtl());
    tokens.persist(next);

    AccessTokenClaims claims =
        AccessTokenClaims.forUser(
            user.id, user.email, user.admin, familyId, now, config.token().accessTtl());
    return new IssuedSession(
        issuer.sign(claims), claims.expiresInSeconds(), secret, Account.of(user));
  }
}
