package dev.macai.catalog.equipment.repository;

import dev.macai.catalog.equipment.domain.EquipmentQuery;
import dev.macai.platform.paging.Page;
import dev.macai.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EquipmentRepository implements PanacheRepositoryBase<EquipmentEntity, UUID> {

  /** The caller's row, or nothing when it is unknown or somebody else's. */
  public Optional<EquipmentEntity> findOwned(UUID userId, UUID id) {
    return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
  }

  public boolean deleteOwned(UUID userId, UUID id) {
    return delete("id = ?1 and userId = ?2", id, userId) > 0;
  }

  /** One page of the user's equipment; {@code page.sort()} is name, created_at or purchase_date. */
  public Page<EquipmentEntity> search(UUID userId, EquipmentQuery query, PageRequest page) {
    List<String> conditions = new ArrayList<>(List.of("userId = :user"));
    Map<String, Object> parameters = new HashMap<>(Map.of("user", userId));
    if (query.text() != null && !query.text().isBlank()) {
      conditions.add(
          "(lower(name) like :text or lower(coalesce(manufacturer, '')) like :text"
              + " or lower(coalesce(description, '')) like :text"
              + " or lower(array_to_string(softwareTags, ' ')) like :text"
              + " or lower(array_to_string(pluginTags, ' ')) like :text)");
      parameters.put("text", containing(query.text()));
    }
    if (query.type() != null) {
      conditions.add("type = :type");
      parameters.put("type", query.type());
    }
    if (query.status() != null) {
      conditions.add("status = :status");
      parameters.put("status", query.status());
    }
    if (query.licenseManagement() != null) {
      conditions.add("licenseManagement = :licence");
      parameters.put("licence", query.licenseManagement());
    }
    String where = String.join(" and ", conditions);
    List<EquipmentEntity> items =
        find(where + orderBy(page), parameters)
            .range(page.offset(), page.offset() + page.limit() - 1)
            .list();
    return new Page<>(items, count(where, parameters), page.limit(), page.offset());
  }

  /**
   * The next rows of every user after {@code afterId} in id order, locked until the transaction
   * ends so an edit cannot slip in between reading and re-encrypting a row.
   */
  public List<EquipmentEntity> batchForUpdate(UUID afterId, int size) {
    return (afterId == null ? find("order by id") : find("id > ?1 order by id", afterId))
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .range(0, size - 1)
        .list();
  }

  private static String orderBy(PageRequest page) {
    String direction = page.descending() ? " desc" : " asc";
    String key =
        switch (page.sort()) {
          case "name" -> "lower(name)" + direction;
          // Rows without a date go last whichever way the dates run.
          case "purchase_date" -> "purchaseDate" + direction + " nulls last";
          default -> "createdAt" + direction;
        };
    // id breaks ties, so paging never repeats or skips a row.
    return " order by " + key + ", id" + direction;
  }

  /** A LIKE pattern matching the text anywhere; the text's own wildcards match literally. */
  private static String containing(String text) {
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
