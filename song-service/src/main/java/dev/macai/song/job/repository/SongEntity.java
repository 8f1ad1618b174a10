package dev.macai.song.job.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A song and, while it is generated, its durable job (the row is the queue entry). */
@Entity
@Table(name = "songs")
public class SongEntity {

  @Id public UUID id;

  @Column(name = "task_id")
  public UUID taskId;

  @Column(name = "user_id")
  public UUID userId;

  @Column(name = "sketch_id")
  public UUID sketchId;

  public String title;
  public String lyrics;
  public String prompt;
  public String model;

  @Column(name = "is_instrumental")
  public boolean instrumental;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public String[] tags;

  public String workflow;
  public String status;

  @Column(name = "mureka_task_id")
  public String murekaTaskId;

  @Column(name = "mureka_status")
  public String murekaStatus;

  @Column(name = "progress_info")
  public String progressInfo;

  @Column(name = "failed_reason")
  public String failedReason;

  public int attempts;

  @Column(name = "next_poll_at")
  public Instant nextPollAt;

  @Column(name = "deadline_at")
  public Instant deadlineAt;

  @Column(name = "submit_started_at")
  public Instant submitStartedAt;

  @Column(name = "lease_owner")
  public String leaseOwner;

  @Column(name = "lease_until")
  public Instant leaseUntil;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "completed_at")
  public Instant completedAt;

  /** The UTC day whose budget paid for this job; null for jobs from before budgets. */
  @Column(name = "budget_day")
  public LocalDate budgetDay;

  /** Whether the job's unit went back to {@link #budgetDay} (it failed, or never left us). */
  @Column(name = "budget_refunded")
  public boolean budgetRefunded;
}
