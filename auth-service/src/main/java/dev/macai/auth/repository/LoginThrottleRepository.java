package dev.macai.auth.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class LoginThrottleRepository implements PanacheRepositoryBase<LoginThrottleEntity, UUID> {

  /**
   * The row of one key, created if missing and row-locked until the transaction ends, so concurrent
   * guesses on one key (across replicas too) are counted one after another.
   */
  public LoginThrottleEntity lockOrCreate(String subjectHash, String address, Instant now) {
    getEntityManager()
        .createNativeQuery(
            "INSERT INTO login_throttle (id, subject_hash, address, failures, updated_at)"
                + " VALUES (:id, :subject, :address, 0, :now)"
                + " ON CONFLICT (subject_hash, address) DO NOTHING")
        .setParameter("id", UUID.randomUUID())
        .setParameter("subject", subjectHash)
        .setParameter("address", address)
        .setParameter("now", Timestamp.from(now))
        .executeUpdate();
    return find("subjectHash = ?1 and address = ?2", subjectHash, address)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .singleResult();
  }

  /**
   * Forgets keys that no longer matter: no failure since {@code failuresForgottenBefore}, no
   * success to remember since {@code successForgottenBefore}, and no wait still running.
   */
  public long purgeUnused(
      Instant failuresForgottenBefore, Instant successForgottenBefore, Instant now) {
    return delete(
        "updatedAt < ?1 and (lastSuccessAt is null or lastSuccessAt < ?2)"
            + " and (blockedUntil is null or blockedUntil < ?3)",
        failuresForgottenBefore,
        successForgottenBefore,
        now);
  }
}
