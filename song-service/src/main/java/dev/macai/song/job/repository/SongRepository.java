package dev.macai.song.job.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Songs, and the job queue they form. Every worker write names the replica holding the job's lease,
 * so a replica that lost its lease (it was too slow, another took over) changes nothing; every
 * write that ends a worker's turn also gives the lease back.
 */
@ApplicationScoped
public class SongRepository implements PanacheRepositoryBase<SongEntity, UUID> {

  private static final String ACTIVE = "status IN ('PENDING', 'PROGRESS')";
  private static final String HELD = " WHERE id = :id AND lease_owner = :owner AND " + ACTIVE;
  private static final String RELEASE = "lease_owner = NULL, lease_until = NULL, updated_at = :now";

  /** Somebody else's song is not found, exactly like a missing one. */
  public Optional<SongEntity> findOwned(UUID id, UUID userId) {
    return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
  }

  public Optional<SongEntity> findByTask(UUID taskId, UUID userId) {
    return find("taskId = ?1 and userId = ?2", taskId, userId).firstResultOptional();
  }

  /**
   * Takes up to {@code limit} due jobs nobody holds, for {@code owner} until {@code leaseUntil}.
   * {@code SKIP LOCKED} lets replicas claim side by side without waiting for or taking each other's
   * rows; an expired lease (its holder died) makes a job claimable again.
   */
  @SuppressWarnings("unchecked")
  public List<UUID> claimDue(String owner, Instant now, Instant leaseUntil, int limit) {
    return getEntityManager()
        .createNativeQuery(
            "UPDATE songs SET lease_owner = :owner, lease_until = :until WHERE id IN ("
                + " SELECT id FROM songs WHERE "
                + ACTIVE
                + " AND next_poll_at <= :now AND (lease_until IS NULL OR lease_until < :now)"
                + " ORDER BY next_poll_at LIMIT :limit FOR UPDATE SKIP LOCKED) RETURNING id")
        .setParameter("owner", owner)
        .setParameter("until", leaseUntil)
        .setParameter("now", now)
        .setParameter("limit", limit)
        .getResultList();
  }

  /** Takes one job out of turn (a recheck), unless a replica holds it right now. */
  public boolean claimOne(UUID id, String owner, Instant now, Instant leaseUntil) {
    return execute(
        "UPDATE songs SET lease_owner = :owner, lease_until = :until WHERE id = :id AND "
            + ACTIVE
            + " AND (lease_until IS NULL OR lease_until < :now)",
        Map.of("id", id, "owner", owner, "until", leaseUntil, "now", now));
  }

  /** Committed before the generate call: from now on this job is never submitted again. */
  public boolean markSubmitting(UUID id, String owner, Instant now) {
    return execute(
        "UPDATE songs SET submit_started_at = :now, updated_at = :now"
            + HELD
            + " AND mureka_task_id IS NULL AND submit_started_at IS NULL",
        Map.of("id", id, "owner", owner, "now", now));
  }

  /**
   * Stores Mureka's task id whatever happened to the row meanwhile (a cancel, a lost lease): the id
   * of a paid task is never dropped.
   */
  public boolean storeTaskId(
      UUID id, String owner, String murekaTaskId, String murekaStatus, Instant next, Instant now) {
    return execute(
        "UPDATE songs SET mureka_task_id = :task, mureka_status = :mstatus,"
            + " status = CASE WHEN status = 'PENDING' THEN 'PROGRESS' ELSE status END,"
            + " progress_info = 'submitted to Mureka', next_poll_at = :next, attempts = 0,"
            + " lease_owner = CASE WHEN lease_owner = :owner THEN NULL ELSE lease_owner END,"
            + " lease_until = CASE WHEN lease_owner = :owner THEN NULL ELSE lease_until END,"
            + " updated_at = :now WHERE id = :id AND mureka_task_id IS NULL",
        Map.of(
            "id",
            id,
            "owner",
            owner,
            "task",
            murekaTaskId,
            "mstatus",
            murekaStatus,
            "next",
            next,
            "now",
            now));
  }

  /** Gives the job back to the queue, due at {@code next}. */
  public boolean reschedule(
      UUID id,
      String owner,
      Instant next,
      String progressInfo,
      String murekaStatus,
      boolean clearSubmitting,
      Instant now) {
    return execute(
        "UPDATE songs SET next_poll_at = :next, attempts = attempts + 1,"
            + " progress_info = :info,"
            + (murekaStatus == null ? "" : " mureka_status = :mstatus,")
            + (clearSubmitting ? " submit_started_at = NULL," : "")
            + RELEASE
            + HELD,
        params(id, owner, now, "next", next, "info", progressInfo, "mstatus", murekaStatus));
  }

  /** Ends the job as FAILURE; the Mureka task id, if any, stays. */
  public boolean fail(UUID id, String owner, String reason, String murekaStatus, Instant now) {
    return execute(
        "UPDATE songs SET status = 'FAILURE', failed_reason = :reason,"
            + (murekaStatus == null ? "" : " mureka_status = :mstatus,")
            + " next_poll_at = NULL, completed_at = :now, progress_info = NULL, "
            + RELEASE
            + HELD,
        params(id, owner, now, "reason", reason, "mstatus", murekaStatus));
  }

  public boolean succeed(UUID id, String owner, String murekaStatus, Instant now) {
    return execute(
        "UPDATE songs SET status = 'SUCCESS', mureka_status = :mstatus, next_poll_at = NULL,"
            + " completed_at = :now, progress_info = NULL, failed_reason = NULL, "
            + RELEASE
            + HELD,
        params(id, owner, now, "mstatus", murekaStatus));
  }

  /** PENDING or PROGRESS → CANCELLED; the worker's next write for it then changes nothing. */
  public boolean cancel(UUID id, Instant now) {
    return execute(
        "UPDATE songs SET status = 'CANCELLED', next_poll_at = NULL, completed_at = :now,"
            + " progress_info = NULL, "
            + RELEASE
            + " WHERE id = :id AND "
            + ACTIVE,
        Map.of("id", id, "now", now));
  }

  /** A FAILURE that Mureka may still finish (a timeout) goes back to polling. */
  public boolean reopen(UUID id, Instant deadline, Instant now) {
    return execute(
        "UPDATE songs SET status = 'PROGRESS', failed_reason = NULL, completed_at = NULL,"
            + " next_poll_at = :now, deadline_at = :deadline, attempts = 0, "
            + RELEASE
            + " WHERE id = :id AND status = 'FAILURE' AND mureka_task_id IS NOT NULL",
        Map.of("id", id, "now", now, "deadline", deadline));
  }

  /**
   * Marks the budget unit of a job that produced nothing it could be charged for as given back,
   * once: a job that failed, or one that never reached Mureka (cancelled, or about to be deleted,
   * before its submission started). A job Mureka took and that was then cancelled keeps its charge.
   *
   * @return the user and UTC day to credit, when the unit is to go back now
   */
  @SuppressWarnings("unchecked")
  public Optional<BudgetCharge> refundCharge(UUID id) {
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "UPDATE songs SET budget_refunded = true WHERE id = :id"
                    + " AND budget_day IS NOT NULL AND NOT budget_refunded"
                    + " AND (status = 'FAILURE' OR (status <> 'SUCCESS'"
                    + " AND mureka_task_id IS NULL AND submit_started_at IS NULL))"
                    + " RETURNING user_id, budget_day")
            .setParameter("id", id)
            .getResultList();
    return rows.stream().findFirst().map(row -> new BudgetCharge((UUID) row[0], localDate(row[1])));
  }

  /** A refunded job that a recheck brings back to life is charged again, on {@code day}. */
  public boolean chargeAgain(UUID id, LocalDate day) {
    return execute(
        "UPDATE songs SET budget_refunded = false, budget_day = :day"
            + " WHERE id = :id AND budget_refunded",
        Map.of("id", id, "day", day));
  }

  private static LocalDate localDate(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }

  /** Jobs per status: of one user, or of everybody when {@code userId} is null. */
  @SuppressWarnings("unchecked")
  public Map<String, Long> countByStatus(UUID userId) {
    Query query =
        getEntityManager()
            .createNativeQuery(
                "SELECT status, count(*) FROM songs"
                    + (userId == null ? "" : " WHERE user_id = :user")
                    + " GROUP BY status");
    if (userId != null) {
      query.setParameter("user", userId);
    }
    Map<String, Long> counts = new java.util.HashMap<>();
    for (Object[] row : (List<Object[]>) query.getResultList()) {
      counts.put((String) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  private boolean execute(String sql, Map<String, Object> parameters) {
    Query query = getEntityManager().createNativeQuery(sql);
    parameters.forEach(query::setParameter);
    return query.executeUpdate() > 0;
  }

  private static Map<String, Object> params(UUID id, String owner, Instant now, Object... more) {
    Map<String, Object> map = new java.util.HashMap<>();
    map.put("id", id);
    map.put("owner", owner);
    map.put("now", now);
    for (int i = 0; i < more.length; i += 2) {
      // Absent values are left out of the SQL by the caller; a null cannot be typed.
      if (more[i + 1] != null) {
        map.put((String) more[i], more[i + 1]);
      }
    }
    return map;
  }
}
