package dev.macai.auth.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "user_settings")
public class UserSettingsEntity {

  @Id
  @Column(name = "user_id")
  public UUID userId;

  @Column(nullable = false)
  public String language;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
