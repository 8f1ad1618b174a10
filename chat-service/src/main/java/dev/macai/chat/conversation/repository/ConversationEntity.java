package dev.macai.chat.conversation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "conversations")
public class ConversationEntity {

  @Id public UUID id;

  @Column(name = "user_id")
  public UUID userId;

  public String title;

  public String provider;

  public String model;

  @Column(name = "system_context")
  public String systemContext;

  @Column(name = "context_window_size")
  public int contextWindowSize;

  @Column(name = "current_token_count")
  public int currentTokenCount;

  public boolean archived;

  public boolean pinned;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public String[] tags;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
