package dev.macai.chat.conversation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A message compress replaced by a summary; the columns of {@link MessageEntity}, plus two. */
@Entity
@Table(name = "messages_archive")
public class ArchivedMessageEntity {

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

  @Column(name = "summary_message_id")
  public UUID summaryMessageId;

  @Column(name = "archived_at")
  public Instant archivedAt;
}
