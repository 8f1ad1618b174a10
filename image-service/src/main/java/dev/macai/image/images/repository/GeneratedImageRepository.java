package dev.macai.image.images.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class GeneratedImageRepository implements PanacheRepositoryBase<GeneratedImageEntity, UUID> {

  /** Somebody else's image is not found, exactly like a missing one. */
  public Optional<GeneratedImageEntity> findOwned(UUID id, UUID userId) {
    return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
  }

  public List<GeneratedImageEntity> findOwned(Collection<UUID> ids, UUID userId) {
    return list("id in ?1 and userId = ?2", ids, userId);
  }

  /** One page of a user's gallery; ties broken by id so paging never repeats or skips a row. */
  @SuppressWarnings("unchecked")
  public List<GeneratedImageEntity> search(
      UUID userId, Filter filter, boolean sortByTitle, boolean descending, int limit, int offset) {
    String direction = descending ? "DESC" : "ASC";
    String order =
        sortByTitle
            ? "lower(i.title) " + direction + " NULLS LAST, i.id " + direction
            : "i.created_at " + direction + ", i.id " + direction;
    Query query =
        getEntityManager()
            .createNativeQuery(
                "SELECT i.* FROM generated_images i"
                    + where(filter)
                    + " ORDER BY "
                    + order
                    + " LIMIT :limit OFFSET :offset",
                GeneratedImageEntity.class);
    bind(query, userId, filter);
    query.setParameter("limit", limit);
    query.setParameter("offset", offset);
    return query.getResultList();
  }

  public long countMatching(UUID userId, Filter filter) {
    Query query =
        getEntityManager()
            .createNativeQuery("SELECT count(*) FROM generated_images i" + where(filter));
    bind(query, userId, filter);
    return ((Number) query.getSingleResult()).longValue();
  }

  /** Images without an overlay, album covers first (the overlay editor's picker), newest next. */
  public List<GeneratedImageEntity> forTextOverlay(UUID userId, int limit, int offset) {
    return find(
            "userId = ?1 and textOverlayMetadata is null"
                + " order by case when composition = 'album-cover' then 0 else 1 end,"
                + " createdAt desc, id desc",
            userId)
        .range(offset, offset + limit - 1)
        .list();
  }

  public long countForTextOverlay(UUID userId) {
    return count("userId = ?1 and textOverlayMetadata is null", userId);
  }

  /** Every image still on the filesystem, oldest first (the migration's work list). */
  public List<UUID> idsOnFilesystem() {
    return getEntityManager()
        .createQuery(
            "select i.id from GeneratedImageEntity i where i.storageBackend = 'filesystem'"
                + " order by i.createdAt, i.id",
            UUID.class)
        .getResultList();
  }

  /** Points a row at its S3 copy; the file path stays for safety (the file is kept). */
  public void flipToS3(UUID id, String key) {
    update(
        "storageBackend = 's3', s3Key = ?1 where id = ?2 and storageBackend = 'filesystem'",
        key,
        id);
  }

  private static String where(Filter filter) {
    List<String> conditions = new ArrayList<>();
    conditions.add("i.user_id = :user");
    if (filter.q() != null) {
      conditions.add(
          "(i.title ILIKE :q ESCAPE '\\' OR i.prompt ILIKE :q ESCAPE '\\'"
              + " OR i.user_prompt ILIKE :q ESCAPE '\\'"
              + " OR EXISTS (SELECT 1 FROM unnest(i.tags) t WHERE t ILIKE :q ESCAPE '\\'))");
    }
    if (filter.composition() != null) {
      conditions.add("i.composition = :composition");
    }
    if (filter.artisticStyle() != null) {
      conditions.add("i.artistic_style = :style");
    }
    if (filter.size() != null) {
      conditions.add("i.size = :size");
    }
    if (filter.starred() != null) {
      conditions.add("i.starred = :starred");
    }
    if (filter.hasOverlay() != null) {
      conditions.add(
          filter.hasOverlay()
              ? "i.text_overlay_metadata IS NOT NULL"
              : "i.text_overlay_metadata IS NULL");
    }
    if (filter.createdFrom() != null) {
      conditions.add("i.created_at >= :from");
    }
    if (filter.createdBefore() != null) {
      conditions.add("i.created_at < :before");
    }
    return " WHERE " + String.join(" AND ", conditions);
  }

  private static void bind(Query query, UUID userId, Filter filter) {
    query.setParameter("user", userId);
    if (filter.q() != null) {
      query.setParameter("q", "%" + escapeLike(filter.q()) + "%");
    }
    if (filter.composition() != null) {
      query.setParameter("composition", filter.composition());
    }
    if (filter.artisticStyle() != null) {
      query.setParameter("style", filter.artisticStyle());
    }
    if (filter.size() != null) {
      query.setParameter("size", filter.size());
    }
    if (filter.starred() != null) {
      query.setParameter("starred", filter.starred());
    }
    if (filter.createdFrom() != null) {
      query.setParameter("from", filter.createdFrom());
    }
    if (filter.createdBefore() != null) {
      query.setParameter("before", filter.createdBefore());
    }
  }

  /** A user searching for "50%" means the characters, not a wildcard. */
  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** What the list is narrowed to; null fields do not narrow. */
  public record Filter(
      String q,
      String composition,
      String artisticStyle,
      String size,
      Boolean starred,
      Boolean hasOverlay,
      Instant createdFrom,
      Instant createdBefore) {}
}
