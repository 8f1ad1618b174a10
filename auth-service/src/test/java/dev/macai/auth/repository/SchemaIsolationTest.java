package dev.macai.auth.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.macai.auth.support.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The service's role lives in its own schema and cannot reach a neighbour's. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class SchemaIsolationTest {

  @Inject DataSource serviceRole;

  @ConfigProperty(name = PostgresResource.SUPERUSER_URL)
  String superuserUrl;

  @Test
  void tablesLandInTheAuthSchema() throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection c = serviceRole.getConnection();
        Statement sql = c.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'auth'"
                    + " ORDER BY table_name")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    assertThat(tables)
        .containsExactly(
            "flyway_schema_history",
            "login_throttle",
            "refresh_tokens",
            "setup_token",
            "user_settings",
            "users");
  }

  @Test
  void anotherServicesSchemaIsOutOfReach() throws Exception {
    // A neighbour provisioned by the same production script, holding data of its own.
    PostgresResource.provision(superuserUrl, "catalog", "catalog_service", "neighbour");
    try (Connection c =
            DriverManager.getConnection(
                superuserUrl.replace("user=postgres", "user=catalog_service&password=neighbour"));
        Statement sql = c.createStatement()) {
      sql.execute("CREATE TABLE IF NOT EXISTS catalog.secrets (value text)");
    }

    try (Connection c = serviceRole.getConnection();
        Statement sql = c.createStatement()) {
      assertThatThrownBy(() -> sql.executeQuery("SELECT * FROM catalog.secrets"))
          .hasMessageContaining("permission denied for schema catalog");
      assertThatThrownBy(() -> sql.execute("CREATE TABLE public.stray (id int)"))
          .hasMessageContaining("permission denied for schema public");
    }
  }
}
