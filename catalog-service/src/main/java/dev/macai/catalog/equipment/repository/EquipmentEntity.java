package dev.macai.catalog.equipment.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "equipment")
public class EquipmentEntity {

  @Id public UUID id;

  @Column(name = "user_id", nullable = false)
  public UUID userId;

  @Column(nullable = false)
  public String type;

  @Column(nullable = false)
  public String name;

  public String version;

  public String description;

  public String manufacturer;

  public String url;

  public String username;

  /** Fernet token of the password, never the password itself. */
  @Column(name = "password")
  public String passwordToken;

  @Column(name = "license_management")
  public String licenseManagement;

  /** Fernet token of the licence key. */
  @Column(name = "license_key")
  public String licenseKeyToken;

  @Column(name = "license_description")
  public String licenseDescription;

  @Column(name = "purchase_date")
  public LocalDate purchaseDate;

  /** Fernet token of the price text. */
  @Column(name = "price")
  public String priceToken;

  @Column(name = "system_requirements")
  public String systemRequirements;

  @Column(nullable = false)
  public String status;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "software_tags", nullable = false)
  public List<String> softwareTags;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "plugin_tags", nullable = false)
  public List<String> pluginTags;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
