package dev.macai.catalog.rules.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "lyric_parsing_rules")
public class LyricParsingRuleEntity {

  @Id public UUID id;

  @Column(nullable = false)
  public String name;

  public String description;

  @Column(nullable = false)
  public String pattern;

  /** Base64 of the replacement's UTF-8 bytes; the service encodes and decodes. */
  @Column(name = "replacement", nullable = false)
  public String replacementBase64;

  /** {@code cleanup} or {@code section}. */
  @Column(name = "rule_type", nullable = false)
  public String ruleType;

  @Column(nullable = false)
  public boolean active;

  @Column(name = "sort_order", nullable = false)
  public int sortOrder;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
