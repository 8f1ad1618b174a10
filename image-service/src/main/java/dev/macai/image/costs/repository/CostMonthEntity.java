package dev.macai.image.costs.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "api_costs_monthly")
@IdClass(CostMonthEntity.Key.class)
public class CostMonthEntity {

  @Id public int year;

  @Id public int month;

  @Column(name = "total_usd")
  public BigDecimal totalUsd;

  /** {@code {"dall-e-3": 0.52, ...}} as JSON text. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "by_model")
  public String byModel;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "by_category")
  public String byCategory;

  @Column(name = "final")
  public boolean isFinal;

  @Column(name = "fetched_at")
  public Instant fetchedAt;

  public static class Key implements Serializable {
    public int year;
    public int month;

    public Key() {}

    public Key(int year, int month) {
      this.year = year;
      this.month = month;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.year == year && key.month == month;
    }

    @Override
    public int hashCode() {
      return Objects.hash(year, month);
    }
  }
}
