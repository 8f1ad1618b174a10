package dev.macai.auth.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RefreshTokenRepository implements PanacheRepositoryBase<RefreshTokenEntity, UUID> {

  /** Row-locked, so two concurrent refreshes with one token cannot both rotate it. */
  public Optional<RefreshTokenEntity> findByHashForUpdate(String tokenHash) {
    return find("tokenHash", tokenHash)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }

  public int revokeFamily(UUID familyId, Instant now) {
    return update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, familyId);
  }

  public int revokeAllOfUser(UUID userId, Instant now) {
    return update("revokedAt = ?1 where userId = ?2 and revokedAt is null", now, userId);
  }
}
