package dev.macai.chat.conversation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ConversationRepository implements PanacheRepositoryBase<ConversationEntity, UUID> {

  /** Somebody else's conversation is not found, exactly like a missing one. */
  public Optional<ConversationEntity> findOwned(UUID id, UUID userId) {
    return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
  }

  /** Locks the row so concurrent sends/compressions of one conversation run one after another. */
  public Optional<ConversationEntity> lockOwned(UUID id, UUID userId) {
    return find("id = ?1 and userId = ?2", id, userId)
        .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }

  /**
   * One page of a user's conversations. {@code q} matches the title or any message's text; pinned
   * ones come first. {@code sortByTitle} false sorts by {@code updated_at}.
   */
  @SuppressWarnings("unchecked")
  public List<ConversationEntity> search(
      UUID userId, Filter filter, boolean sortByTitle, boolean descending, int limit, int offset) {
    String direction = descending ? "DESC" : "ASC";
    String order =
        sortByTitle
            ? "lower(c.title) " + direction + ", c.id " + direction
            : "c.updated_at " + direction + ", c.id " + direction;
    Query query =
        getEntityManager()
            .createNativeQuery(
                "SELECT c.* FROM conversations c"
                    + where(filter)
                    + " ORDER BY c.pinned DESC, "
                    + order
                    + " LIMIT :limit OFFSET :offset",
                ConversationEntity.class);
    bind(query, userId, filter);
    query.setParameter("limit", limit);
    query.setParameter("offset", offset);
    return query.getResultList();
  }

  public long countMatching(UUID userId, Filter filter) {
    Query query =
        getEntityManager()
            .createNativeQuery("SELECT count(*) FROM conversations c" + where(filter));
    bind(query, userId, filter);
    return ((Number) query.getSingleResult()).longValue();
  }

  private static String where(Filter filter) {
    List<String> conditions = new ArrayList<>();
    conditions.add("c.user_id = :user");
    if (filter.q() != null) {
      conditions.add(
          "(c.title ILIKE :q ESCAPE '\\' OR EXISTS (SELECT 1 FROM messages m"
              + " WHERE m.conversation_id = c.id AND m.content ILIKE :q ESCAPE '\\'))");
    }
    if (filter.provider() != null) {
      conditions.add("c.provider = :provider");
    }
    if (filter.archived() != null) {
      conditions.add("c.archived = :archived");
    }
    if (filter.tag() != null) {
      conditions.add("c.tags @> ARRAY[CAST(:tag AS text)]");
    }
    return " WHERE " + String.join(" AND ", conditions);
  }

  private static void bind(Query query, UUID userId, Filter filter) {
    query.setParameter("user", userId);
    if (filter.q() != null) {
      query.setParameter("q", "%" + escapeLike(filter.q()) + "%");
    }
    if (filter.provider() != null) {
      query.setParameter("provider", filter.provider());
    }
    if (filter.archived() != null) {
      query.setParameter("archived", filter.archived());
    }
    if (filter.tag() != null) {
      query.setParameter("tag", filter.tag());
    }
  }

  /** A user searching for "50%" means the characters, not a wildcard. */
  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** What the list is narrowed to; null fields do not narrow. */
  public record Filter(String q, String provider, Boolean archived, String tag) {}
}
