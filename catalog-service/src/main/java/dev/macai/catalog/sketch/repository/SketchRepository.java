package dev.macai.catalog.sketch.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SketchRepository implements PanacheRepositoryBase<SketchEntity, UUID> {

  /** Sort keys the API offers, and the columns they stand for (the id breaks ties). */
  private static final Map<String, String> ORDER_COLUMNS =
      Map.of("created_at", "created_at", "updated_at", "updated_at", "title", "title");

  /** The mapped columns; the generated search vector stays in the database. */
  private static final String COLUMNS =
      "id, user_id, title, lyrics, prompt, tags, workflow, sketch_type, created_at, updated_at";

  public Optional<SketchEntity> findOwned(UUID id, UUID userId) {
    return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
  }

  /**
   * One page of a user's sketches. Native SQL because the search uses the generated tsvector column
   * and its GIN index, which HQL cannot express.
   */
  @SuppressWarnings("unchecked")
  public List<SketchEntity> page(
      SketchFilter filter, String sort, boolean descending, int offset, int limit) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(filter, parameters);
    String direction = descending ? "DESC" : "ASC";
    Query query =
        getEntityManager()
            .createNativeQuery(
                "SELECT "
                    + COLUMNS
                    + " FROM sketches WHERE "
                    + where
                    + " ORDER BY "
                    + ORDER_COLUMNS.getOrDefault(sort, "created_at")
                    + " "
                    + direction
                    + ", id "
                    + direction
                    + " LIMIT :limit OFFSET :offset",
                SketchEntity.class);
    parameters.forEach(query::setParameter);
    query.setParameter("limit", limit).setParameter("offset", offset);
    return query.getResultList();
  }

  public long count(SketchFilter filter) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    Query query =
        getEntityManager()
            .createNativeQuery("SELECT count(*) FROM sketches WHERE " + where(filter, parameters));
    parameters.forEach(query::setParameter);
    return ((Number) query.getSingleResult()).longValue();
  }

  private static String where(SketchFilter filter, Map<String, Object> parameters) {
    List<String> conditions = new ArrayList<>();
    conditions.add("user_id = :userId");
    parameters.put("userId", filter.userId());
    if (filter.searchQuery() != null) {
      conditions.add("search @@ to_tsquery('simple', :search)");
      parameters.put("search", filter.searchQuery());
    }
    if (filter.workflow() != null) {
      conditions.add("workflow = :workflow");
      parameters.put("workflow", filter.workflow());
    }
    if (filter.sketchType() != null) {
      conditions.add("sketch_type = :sketchType");
      parameters.put("sketchType", filter.sketchType());
    }
    if (filter.tag() != null) {
      conditions.add("tags @> ARRAY[CAST(:tag AS text)]");
      parameters.put("tag", filter.tag());
    }
    return String.join(" AND ", conditions);
  }
}
