package dev.macai.auth.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<UserEntity, UUID> {

  /** Lock key for sign-ups: makes "is this the first account?" and the insert one atomic step. */
  private static final long REGISTRATION_LOCK = 0x6d61632d61757468L;

  public Optional<UserEntity> findByEmail(String normalisedEmail) {
    return find("email", normalisedEmail).firstResultOptional();
  }

  /** Serialises registrations until the surrounding transaction ends. */
  public void lockRegistrations() {
    getEntityManager()
        .createNativeQuery("SELECT pg_advisory_xact_lock(:key)")
        .setParameter("key", REGISTRATION_LOCK)
        .getSingleResult();
  }

  public List<UserEntity> search(String query, Sort sort, int offset, int limit) {
    return filtered(query, sort).range(offset, offset + limit - 1).list();
  }

  public long countMatching(String query) {
    return filtered(query, Sort.empty()).count();
  }

  private PanacheQuery<UserEntity> filtered(String query, Sort sort) {
    if (query == null || query.isBlank()) {
      return findAll(sort);
    }
    String pattern =
        "%" + query.trim().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
    return find(
        "lower(email) like :q or lower(firstName) like :q or lower(lastName) like :q"
            + " or lower(coalesce(artistName, '')) like :q",
        sort,
        Map.of("q", pattern));
  }
}
