package dev.macai.auth.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class SetupTokenRepository implements PanacheRepositoryBase<SetupTokenEntity, Short> {

  public Optional<String> pendingHash() {
    return findByIdOptional(SetupTokenEntity.ONLY_ROW).map(row -> row.tokenHash);
  }

  /** Replaces any earlier token: only the one announced last is valid. */
  public void replace(String tokenHash, Instant now) {
    SetupTokenEntity row =
        findByIdOptional(SetupTokenEntity.ONLY_ROW).orElseGet(SetupTokenEntity::new);
    row.id = SetupTokenEntity.ONLY_ROW;
    row.tokenHash = tokenHash;
    row.createdAt = now;
    persist(row);
  }

  public void clear() {
    deleteById(SetupTokenEntity.ONLY_ROW);
  }
}
