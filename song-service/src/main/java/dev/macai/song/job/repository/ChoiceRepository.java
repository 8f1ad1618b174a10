package dev.macai.song.job.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ChoiceRepository implements PanacheRepositoryBase<ChoiceEntity, UUID> {

  public List<ChoiceEntity> ofSong(UUID songId) {
    return list("songId = ?1 order by choiceIndex", songId);
  }

  public List<ChoiceEntity> ofSongs(Collection<UUID> songIds) {
    if (songIds.isEmpty()) {
      return List.of();
    }
    return list("songId in ?1 order by choiceIndex", songIds);
  }

  public Optional<ChoiceEntity> findOwned(UUID id, UUID userId) {
    return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
  }

  /**
   * Takes up to {@code limit} choices whose audio is due to be archived, pushing their due time to
   * {@code retryAt} so no other replica copies them meanwhile.
   */
  @SuppressWarnings("unchecked")
  public List<UUID> claimArchiveDue(Instant now, Instant retryAt, int limit) {
    return getEntityManager()
        .createNativeQuery(
            "UPDATE song_choices SET archive_next_at = :retry, archive_attempts = archive_attempts + 1"
                + " WHERE id IN (SELECT id FROM song_choices WHERE archive_next_at <= :now"
                + " ORDER BY archive_next_at LIMIT :limit FOR UPDATE SKIP LOCKED) RETURNING id")
        .setParameter("retry", retryAt)
        .setParameter("now", now)
        .setParameter("limit", limit)
        .getResultList();
  }
}
