package dev.macai.auth.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The pending first-admin setup token; the table holds at most this one row. */
@Entity
@Table(name = "setup_token")
public class SetupTokenEntity {

  public static final short ONLY_ROW = 1;

  @Id public Short id;

  @Column(name = "token_hash", nullable = false)
  public String tokenHash;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
