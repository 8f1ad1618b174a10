package dev.macai.auth.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Empties the service's tables and resets the clock, so every test starts as on a new install. */
@ApplicationScoped
public class CleanState {

  @Inject DataSource dataSource;
  @Inject TestClock clock;

  public void reset() {
    clock.reset();
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("TRUNCATE users CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
