package dev.macai.chat.conversation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "messages")
public class MessageEntity {

  @Id public UUID id;

  @Column(name = "conversation_id")
  public UUID conversationId;

  public String role;

  public String content;

  @Column(name = "token_count")
  public int tokenCount;

  public String status;

  public boolean summary;

  @Column(name = "created_at")
  public Instant createdAt;
}
