package dev.macai.song.support;

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
 * {@code macai}, and this service's schema and login role created by the shared script {@code
 * deploy/postgres/service-schema.sql}. The service connects as its own role; Flyway migrates at
 * start.
 *
 * <p>Copied from auth-service; only {@link #SCHEMA} and {@link #ROLE} differ.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

  public static final String SCHEMA = "song";
  public static final String ROLE = "song_service";
  public static final String DATABASE = "macai";

  /** Test-only config key holding a superuser URL, for tests that play a second service. */
  public static final String SUPERUSER_URL = "test.postgres.superuser-url";

  private static final Path SCHEMA_SCRIPT =
      Path.of("..", "deploy", "postgres", "service-schema.sql");

  private EmbeddedPostgres postgres;

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
      provision(superuserUrl, SCHEMA, ROLE, password);
      return Map.of(
          "quarkus.datasource.jdbc.url",
          superuserUrl.replace("user=postgres", "user=" + ROLE),
          "quarkus.datasource.username",
          ROLE,
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
