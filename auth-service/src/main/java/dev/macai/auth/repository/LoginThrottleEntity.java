package dev.macai.auth.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "login_throttle")
public class LoginThrottleEntity {

  @Id public UUID id;

  @Column(name = "subject_hash", nullable = false)
  public String subjectHash;

  @Column(nullable = false)
  public String address;

  @Column(nullable = false)
  public int failures;

  @Column(name = "last_failure_at")
  public Instant lastFailureAt;

  @Column(name = "blocked_until")
  public Instant blockedUntil;

  @Column(name = "last_success_at")
  public Instant lastSuccessAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
