package dev.macai.auth.support;

import dev.macai.auth.service.FirstAdminSetup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Empties the service's tables and resets the clock, so every test starts as on a new install: no
 * account, no throttle counts, and the (preset) first-admin setup token pending.
 */
@ApplicationScoped
public class CleanState {

  @Inject DataSource dataSource;
  @Inject TestClock clock;
  @Inject FirstAdminSetup setup;

  public void reset() {
    clock.reset();
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("TRUNCATE users, login_throttle, setup_token CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    setup.prepare();
  }

  /** A single number from the service's schema, for tests that look at what is stored. */
  public long query(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
