package dev.macai.chat.prompts.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "prompt_templates")
public class PromptTemplateEntity {

  @Id public UUID id;

  public String category;

  public String action;

  @Column(name = "pre_condition")
  public String preCondition;

  @Column(name = "post_condition")
  public String postCondition;

  public String description;

  public int version;

  public String model;

  public BigDecimal temperature;

  @Column(name = "max_tokens")
  public int maxTokens;

  public boolean active;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
