package dev.macai.song.library.repository;

import dev.macai.song.job.repository.SongEntity;
import dev.macai.song.library.domain.SongFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The song list: a user's songs filtered, searched, sorted and paged in SQL. */
@ApplicationScoped
public class SongSearch {

  private final EntityManager entityManager;

  SongSearch(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** {@code sortColumn} must be one of the caller's allow-listed column names. */
  @SuppressWarnings("unchecked")
  public List<SongEntity> page(
      UUID userId,
      SongFilter filter,
      String sortColumn,
      boolean descending,
      int limit,
      int offset) {
    String direction = descending ? " DESC" : " ASC";
    Query query =
        entityManager.createNativeQuery(
            "SELECT s.* FROM songs s"
                + where(filter)
                + " ORDER BY "
                + sortColumn
                + direction
                + " NULLS LAST, s.id"
                + direction
                + " LIMIT :limit OFFSET :offset",
            SongEntity.class);
    bind(query, userId, filter);
    query.setParameter("limit", limit);
    query.setParameter("offset", offset);
    return query.getResultList();
  }

  public long count(UUID userId, SongFilter filter) {
    Query query = entityManager.createNativeQuery("SELECT count(*) FROM songs s" + where(filter));
    bind(query, userId, filter);
    return ((Number) query.getSingleResult()).longValue();
  }

  private static String where(SongFilter filter) {
    List<String> conditions = new ArrayList<>();
    conditions.add("s.user_id = :user");
    if (filter.q() != null) {
      conditions.add(
          "(s.title ILIKE :q ESCAPE '\\' OR s.lyrics ILIKE :q ESCAPE '\\'"
              + " OR s.prompt ILIKE :q ESCAPE '\\'"
              + " OR array_to_string(s.tags, ' ') ILIKE :q ESCAPE '\\')");
    }
    if (filter.status() != null) {
      conditions.add("s.status = :status");
    }
    if (filter.workflow() != null) {
      conditions.add("s.workflow = :workflow");
    }
    if (filter.instrumental() != null) {
      conditions.add("s.is_instrumental = :instrumental");
    }
    if (filter.rated() != null) {
      conditions.add(
          (filter.rated() ? "" : "NOT ")
              + "EXISTS (SELECT 1 FROM song_choices c WHERE c.song_id = s.id"
              + " AND c.rating IS NOT NULL)");
    }
    return " WHERE " + String.join(" AND ", conditions);
  }

  private static void bind(Query query, UUID userId, SongFilter filter) {
    query.setParameter("user", userId);
    if (filter.q() != null) {
      query.setParameter("q", filter.q());
    }
    if (filter.status() != null) {
      query.setParameter("status", filter.status());
    }
    if (filter.workflow() != null) {
      query.setParameter("workflow", filter.workflow());
    }
    if (filter.instrumental() != null) {
      query.setParameter("instrumental", filter.instrumental());
    }
  }
}
