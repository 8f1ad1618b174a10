package dev.macai.catalog.rules.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LyricParsingRuleRepository
    implements PanacheRepositoryBase<LyricParsingRuleEntity, UUID> {

  /** Lock key for rule writes: name uniqueness, "append at the end" and reorder see one state. */
  private static final long RULE_WRITE_LOCK = 0x6c79726963727573L;

  private static final Sort IN_ORDER = Sort.by("sortOrder").and("name");

  /** Serialises rule writes until the surrounding transaction ends. */
  public void lockRuleWrites() {
    getEntityManager()
        .createNativeQuery("SELECT pg_advisory_xact_lock(:key)")
        .setParameter("key", RULE_WRITE_LOCK)
        .getSingleResult();
  }

  public Optional<LyricParsingRuleEntity> findByName(String name) {
    return find("name", name).firstResultOptional();
  }

  public int maxSortOrder() {
    Integer max =
        getEntityManager()
            .createQuery("select max(r.sortOrder) from LyricParsingRuleEntity r", Integer.class)
            .getSingleResult();
    return max == null ? 0 : max;
  }

  /** Every rule, in order. */
  public List<LyricParsingRuleEntity> listInOrder() {
    return findAll(IN_ORDER).list();
  }

  /** {@code ruleType} and {@code active} filter when not null. */
  public List<LyricParsingRuleEntity> search(
      String ruleType, Boolean active, int offset, int limit) {
    return filtered(ruleType, active).range(offset, offset + limit - 1).list();
  }

  public long countMatching(String ruleType, Boolean active) {
    return filtered(ruleType, active).count();
  }

  private PanacheQuery<LyricParsingRuleEntity> filtered(String ruleType, Boolean active) {
    List<String> conditions = new ArrayList<>();
    Parameters parameters = new Parameters();
    if (ruleType != null) {
      conditions.add("ruleType = :ruleType");
      parameters.and("ruleType", ruleType);
    }
    if (active != null) {
      conditions.add("active = :active");
      parameters.and("active", active);
    }
    if (conditions.isEmpty()) {
      return findAll(IN_ORDER);
    }
    return find(String.join(" and ", conditions), IN_ORDER, parameters);
  }
}
