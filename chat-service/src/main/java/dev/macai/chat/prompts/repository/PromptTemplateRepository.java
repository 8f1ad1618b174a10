package dev.macai.chat.prompts.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PromptTemplateRepository implements PanacheRepositoryBase<PromptTemplateEntity, UUID> {

  /** Any constant; the key of the advisory lock that serialises template writes. */
  private static final long TEMPLATE_WRITE_LOCK = 0x7072_6f6d_7074L;

  private static final Sort BY_KEY = Sort.by("category").and("action");

  /** Serialises template writes until the surrounding transaction ends. */
  public void lockTemplateWrites() {
    getEntityManager()
        .createNativeQuery("SELECT pg_advisory_xact_lock(:key)")
        .setParameter("key", TEMPLATE_WRITE_LOCK)
        .getSingleResult();
  }

  public List<PromptTemplateEntity> listAll() {
    return findAll(BY_KEY).list();
  }

  public List<PromptTemplateEntity> listCategory(String category) {
    return find("category", BY_KEY, category).list();
  }

  public Optional<PromptTemplateEntity> findByKey(String category, String action) {
    return find("category = ?1 and action = ?2", category, action).firstResultOptional();
  }
}
