package dev.macai.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL 15 from the zonky binaries (no system install, no Docker), with its data directory
 * kept between runs. zonky's initdb trusts every local connection, so the server listens on
 * localhost only; the services still log in as their own roles, as they do in production.
 */
final class EmbeddedDatabase implements AutoCloseable {

  private static final String SUPERUSER = "postgres";

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** Starts the server, running initdb first when the data directory is still empty. */
  static EmbeddedDatabase start(Path dataDirectory, int port, Path log) throws IOException {
    // initdb, pg_ctl and the server write to a log file, not the console and not a pipe that
    // would break if this JVM died before the server.
    Redirect toLog = Redirect.appendTo(log.toFile());
    long logStart = Files.exists(log) ? Files.size(log) : 0;
    try {
      return new EmbeddedDatabase(
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setServerConfig("listen_addresses", "localhost")
              .setOutputRedirector(toLog)
              .setErrorRedirector(toLog)
              .start());
    } catch (IOException | RuntimeException e) {
      throw new StackFailure(
          "PostgreSQL did not start: " + e.getMessage(),
          log,
          LogTail.lastLines(log, LogTail.SHOWN_LINES, logStart));
    }
  }

  int port() {
    return postgres.getPort();
  }

  /** The URL the services connect with (as their own role, given separately). */
  String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  void createDatabaseIfMissing(String database) throws SQLException {
    try (Connection admin = superuser("postgres");
        PreparedStatement exists =
            admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, database);
      try (ResultSet row = exists.executeQuery()) {
        if (row.next()) {
          return;
        }
      }
      try (Statement create = admin.createStatement()) {
        create.execute("CREATE DATABASE " + database);
      }
    }
  }

  /** Runs a (multi-statement) script as the superuser in {@code database}. */
  void runScript(String database, String sql) throws SQLException {
    try (Connection admin = superuser(database);
        Statement script = admin.createStatement()) {
      script.execute(sql);
    }
  }

  private Connection superuser(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, "");
  }

  /** Fast shutdown: open sessions are ended, the data is checkpointed; no recovery next start. */
  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
