package dev.macai.catalog.equipment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** The equipment table as stored, read and written around the service, as an attacker would. */
@ApplicationScoped
public class EquipmentRows {

  @Inject DataSource dataSource;

  /** The columns of one row as PostgreSQL holds them (the secrets as stored text). */
  public Map<String, String> raw(UUID id) {
    String sql =
        "SELECT password, license_key, price, row_to_json(e)::text AS whole"
            + " FROM catalog.equipment e WHERE id = ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setObject(1, id);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("no equipment row " + id);
        }
        Map<String, String> columns = new HashMap<>();
        for (String column : new String[] {"password", "license_key", "price", "whole"}) {
          columns.put(column, row.getString(column));
        }
        return columns;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Overwrites the stored secrets of a row, e.g. with tokens of another key. */
  public void storeSecrets(UUID id, String password, String licenseKey, String price) {
    update(
        "UPDATE catalog.equipment SET password = ?, license_key = ?, price = ? WHERE id = ?",
        password,
        licenseKey,
        price,
        id);
  }

  /** Adds many rows with the same stored price token straight into the table. */
  public void insertMany(UUID userId, int count, String priceToken) {
    update(
        "INSERT INTO catalog.equipment (id, user_id, type, name, price, created_at, updated_at)"
            + " SELECT gen_random_uuid(), ?, 'Plugin', 'Bulk ' || g, ?, now(), now()"
            + " FROM generate_series(1, ?) g",
        userId,
        priceToken,
        count);
  }

  private void update(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
