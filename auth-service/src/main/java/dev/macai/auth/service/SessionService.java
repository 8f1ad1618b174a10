package dev.macai.auth.service;

import dev.macai.auth.config.AuthConfig;
import dev.macai.auth.domain.AccessTokenClaims;
import dev.macai.auth.domain.AuthFailure;
import dev.macai.auth.domain.RefreshLifetime;
import dev.macai.auth.domain.RefreshTokenSecret;
import dev.macai.auth.repository.RefreshTokenEntity;
import dev.macai.auth.repository.RefreshTokenRepository;
import dev.macai.auth.repository.UserEntity;
import dev.macai.auth.repository.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Refresh-token families. A login starts a family; each refresh retires the presented token and
 * issues its successor in the same family. A retired token presented again means it was copied, so
 * the whole family is revoked (OAuth 2.0 Security BCP, refresh token rotation). A family ends for
 * good at its login plus {@code AUTH_REFRESH_FAMILY_MAX}, however often it rotated.
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
    Instant now = clock.instant();
    return issue(user, UUID.randomUUID(), now, now);
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
    if (token.revokedAt != null
        || !now.isBefore(token.expiresAt)
        || !now.isBefore(token.familyCreatedAt.plus(config.token().refreshFamilyMax()))) {
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
    return issue(user, token.familyId, token.familyCreatedAt, now);
  }

  /**
   * Signs out the session named by the access token's {@code sid} and the one the refresh cookie
   * belongs to (usually the same). Either may be missing or unknown: logging out never fails.
   */
  @Transactional
  public void logout(Optional<UUID> sessionOfAccessToken, String refreshSecret) {
    Instant now = clock.instant();
    sessionOfAccessToken.ifPresent(familyId -> tokens.revokeFamily(familyId, now));
    if (refreshSecret != null && !refreshSecret.isBlank()) {
      tokens
          .findByHashForUpdate(RefreshTokenSecret.hash(refreshSecret))
          .ifPresent(token -> tokens.revokeFamily(token.familyId, now));
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void revokeAllSessions(UUID userId) {
    tokens.revokeAllOfUser(userId, clock.instant());
  }

  private IssuedSession issue(
      UserEntity user, UUID familyId, Instant familyCreatedAt, Instant now) {
    String secret = RefreshTokenSecret.generate();
    RefreshTokenEntity next = new RefreshTokenEntity();
    next.id = UUID.randomUUID();
    next.userId = user.id;
    next.familyId = familyId;
    next.familyCreatedAt = familyCreatedAt;
    next.tokenHash = RefreshTokenSecret.hash(secret);
    next.createdAt = now;
    next.expiresAt =
        RefreshLifetime.expiry(
            now, familyCreatedAt, config.token().refreshTtl(), config.token().refreshFamilyMax());
    tokens.persist(next);

    AccessTokenClaims claims =
        AccessTokenClaims.forUser(
            user.id, user.email, user.admin, familyId, now, config.token().accessTtl());
    return new IssuedSession(
        issuer.sign(claims),
        claims.expiresInSeconds(),
        secret,
        Duration.between(now, next.expiresAt).toSeconds(),
        Account.of(user));
  }
}
