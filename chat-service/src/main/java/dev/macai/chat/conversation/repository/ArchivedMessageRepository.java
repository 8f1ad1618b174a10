package dev.macai.chat.conversation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ArchivedMessageRepository
    implements PanacheRepositoryBase<ArchivedMessageEntity, UUID> {

  public List<ArchivedMessageEntity> listOf(UUID conversationId) {
    return find("conversationId", Sort.by("createdAt").and("id"), conversationId).list();
  }
}
