package dev.macai.testkit.postgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A real PostgreSQL 15 (embedded binaries, no Docker) provisioned the way production is: a database
 * {@code macai}, and the service's schema and login role created by the shared script {@code
 * deploy/postgres/service-schema.sql}. The service connects as its own role; Flyway migrates at
 * start. A service names its schema and role in a subclass with a no-argument constructor, which
 * its tests list in {@code @WithTestResource}.
 */
public abstract class ServicePostgres implements QuarkusTestResourceLifecycleManager {

  public static final String DATABASE = "macai";

  /** Test-only config key holding a superuser URL, for tests that play a second service. */
  public static final String SUPERUSER_URL = "test.postgres.superuser-url";

  /** Tests run in the module's folder, beside {@code deploy/}. */
  private static final Path SCHEMA_SCRIPT =
      Path.of("..", "deploy", "postgres", "service-schema.sql");

  private final String schema;
  private final String role;
  private EmbeddedPostgres postgres;

  protected ServicePostgres(String schema, String role) {
    this.schema = schema;
    this.role = role;
  }

  @Override
  public Map<String, String> start() {
    try {
      postgres = EmbeddedPostgres.builder().start();
      try (Connection admin = postgres.getPostgresDatabase().getConnection();
          Statement sql = admin.createStatement()) {
        sql.execute("CREATE DATABASE " + DATABASE);
      }
      String password = UUID.randomUUID().toString();
      String superuserUrl = postgres.getJdbcUrl("postgres", DATABASE);
      provision(superuserUrl, schema, role, password);
      return Map.of(
          "quarkus.datasource.jdbc.url",
          superuserUrl.replace("user=postgres", "user=" + role),
          "quarkus.datasource.username",
          role,
          "quarkus.datasource.password",
          password,
          SUPERUSER_URL,
          superuserUrl);
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("Could not start the embedded PostgreSQL", e);
    }
  }

  /** Creates a service's schema and role with the production script. */
  public static void provision(String superuserUrl, String schema, String role, String password)
      throws IOException, SQLException {
    String script =
        Files.readString(SCHEMA_SCRIPT)
            .replace("${schema}", schema)
            .replace("${role}", role)
            .replace("${database}", DATABASE)
            .replace("${password}", password.replace("'", "''"));
    try (Connection admin = DriverManager.getConnection(superuserUrl);
        Statement sql = admin.createStatement()) {
      sql.execute(script);
    }
  }

  @Override
  public void stop() {
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new IllegalStateException("Could not stop the embedded PostgreSQL", e);
      }
    }
  }
}
