package dev.macai.chat.conversation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MessageRepository implements PanacheRepositoryBase<MessageEntity, UUID> {

  private static final Sort CHRONOLOGICAL = Sort.by("createdAt").and("id");
  private static final Sort NEWEST_FIRST =
      Sort.by("createdAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);

  public List<MessageEntity> listOf(UUID conversationId) {
    return find("conversationId", CHRONOLOGICAL, conversationId).list();
  }

  /** What the stored history occupies: every message's token count but failed questions'. */
  public long tokensOf(UUID conversationId) {
    return getEntityManager()
        .createQuery(
            "select coalesce(sum(m.tokenCount), 0) from MessageEntity m"
                + " where m.conversationId = :id and m.status <> 'failed'",
            Long.class)
        .setParameter("id", conversationId)
        .getSingleResult();
  }

  public long countOf(UUID conversationId) {
    return count("conversationId", conversationId);
  }

  /** The page {@code offset} messages back from the newest, returned oldest first. */
  public List<MessageEntity> pageFromNewest(UUID conversationId, int limit, int offset) {
    List<MessageEntity> page =
        new ArrayList<>(
            find("conversationId", NEWEST_FIRST, conversationId)
                .range(offset, offset + limit - 1)
                .list());
    Collections.reverse(page);
    return page;
  }

  public Optional<MessageEntity> newest(UUID conversationId) {
    return find("conversationId", NEWEST_FIRST, conversationId).firstResultOptional();
  }

  public Optional<MessageEntity> findIn(UUID conversationId, UUID id) {
    return find("id = ?1 and conversationId = ?2", id, conversationId).firstResultOptional();
  }

  public List<MessageEntity> summariesOf(UUID conversationId) {
    return find("conversationId = ?1 and summary = true", conversationId).list();
  }
}
