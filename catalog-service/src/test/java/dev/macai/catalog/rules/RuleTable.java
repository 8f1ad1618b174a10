package dev.macai.catalog.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The rules table as the tests need it. Rules are global and seeded, so {@code CleanState} leaves
 * them alone; every rules test starts from {@link #reseed()}, the state of a fresh install.
 */
@ApplicationScoped
public class RuleTable {

  public static final String SEED = "db/migration/V4__seed_lyric_parsing_rules.sql";
  public static final int SEEDED = 13;

  @Inject DataSource dataSource;

  /** Drops every rule and runs the seed migration again. */
  public void reseed() {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("DELETE FROM lyric_parsing_rules");
      sql.execute(seedScript());
    } catch (SQLException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The replacement column exactly as stored. */
  public String storedReplacement(UUID id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement sql =
            connection.prepareStatement(
                "SELECT replacement FROM lyric_parsing_rules WHERE id = ?")) {
      sql.setObject(1, id);
      try (ResultSet row = sql.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("no rule " + id);
        }
        return row.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every rule's name and order, straight from the table. */
  public Map<String, Integer> ordersByName() {
    Map<String, Integer> orders = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement();
        ResultSet rows =
            sql.executeQuery("SELECT name, sort_order FROM lyric_parsing_rules ORDER BY name")) {
      while (rows.next()) {
        orders.put(rows.getString(1), rows.getInt(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return orders;
  }

  public static UUID seeded(int number) {
    return UUID.fromString(String.format("5eed0000-0000-4000-8000-%012d", number));
  }

  private static String seedScript() throws IOException {
    try (InputStream in = RuleTable.class.getClassLoader().getResourceAsStream(SEED)) {
      if (in == null) {
        throw new IOException(SEED + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
