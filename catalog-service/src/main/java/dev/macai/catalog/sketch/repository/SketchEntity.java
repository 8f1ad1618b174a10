package dev.macai.catalog.sketch.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "sketches")
public class SketchEntity {

  @Id public UUID id;

  @Column(name = "user_id", nullable = false)
  public UUID userId;

  public String title;

  public String lyrics;

  @Column(nullable = false)
  public String prompt;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "text[]")
  public List<String> tags;

  @Column(nullable = false)
  public String workflow;

  @Column(name = "sketch_type", nullable = false)
  public String sketchType;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
