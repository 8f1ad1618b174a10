package dev.macai.catalog.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Empties every table of the user data, so each test starts as on a new install. The lyric parsing
 * rules are global and seeded by a migration; their tests put them back themselves.
 */
@ApplicationScoped
public class CleanState {

  private static final List<String> KEEP = List.of("flyway_schema_history", "lyric_parsing_rules");

  @Inject DataSource dataSource;

  public void reset() {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          sql.executeQuery(
              "SELECT table_name FROM information_schema.tables WHERE table_schema = 'catalog'")) {
        while (rows.next()) {
          if (!KEEP.contains(rows.getString(1))) {
            tables.add(rows.getString(1));
          }
        }
      }
      if (!tables.isEmpty()) {
        sql.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
