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
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * PostgreSQL 15 from the zonky binaries (no system install, no Docker), with its data directory
 * kept between runs. zonky's initdb trusts every local connection, so the server listens on
 * loopback only; the services still log in as their own roles, as they do in production. The
 * stack's parts meet at 127.0.0.1, not at the name localhost: a machine without an /etc/hosts entry
 * for it (a freshly debootstrapped Debian) cannot resolve the name, and macOS tries ::1 first.
 */
final class EmbeddedDatabase implements Dependency {

  private static final String SUPERUSER = "postgres";
  // After a kill -9 the dead server's backends hold its shared memory for a moment; a new server
  // refuses to start until they are gone.
  private static final Duration RESTART_PATIENCE = Duration.ofSeconds(30);

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;
  private final Path log;
  private final ProcessHandle server;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, Path log)
      throws IOException {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
    this.log = log;
    this.server = postmaster(dataDirectory);
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
              .setServerConfig("listen_addresses", "127.0.0.1")
              // zonky turns it off for fast tests; here it holds the owner's data, and a crash
              // must not lose a write the service was told had committed.
              .setServerConfig("synchronous_commit", "on")
              .setOutputRedirector(toLog)
              .setErrorRedirector(toLog)
              .start(),
          dataDirectory,
          log);
    } catch (IOException | RuntimeException e) {
      throw new StackFailure(
          "PostgreSQL did not start: " + e.getMessage(),
          log,
          LogTail.lastLines(log, LogTail.SHOWN_LINES, logStart));
    }
  }

  /** The server process, from the first line of its {@code postmaster.pid}. */
  private static ProcessHandle postmaster(Path dataDirectory) throws IOException {
    String pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim();
    return ProcessHandle.of(Long.parseLong(pid))
        .orElseThrow(() -> new StackFailure("PostgreSQL's process " + pid + " is gone"));
  }

  int port() {
    return postgres.getPort();
  }

  @Override
  public String name() {
    return "PostgreSQL";
  }

  @Override
  public CompletableFuture<?> onExit() {
    return server.onExit();
  }

  @Override
  public long pid() {
    return server.pid();
  }

  @Override
  public boolean isAlive() {
    return server.isAlive();
  }

  @Override
  public Path log() {
    return log;
  }

  /**
   * Starts the server again on the same data directory and port; PostgreSQL replays its WAL, so
   * every committed write is back.
   */
  @Override
  public EmbeddedDatabase startAgain() throws IOException, InterruptedException {
    close();
    Instant deadline = Instant.now().plus(RESTART_PATIENCE);
    while (true) {
      try {
        return start(dataDirectory, port(), log);
      } catch (StackFailure stillHeld) {
        if (Instant.now().isAfter(deadline)) {
          throw stillHeld;
        }
        Thread.sleep(1000);
      }
    }
  }

  /** The URL the services connect with (as their own role, given separately). */
  String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
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
  public void close() {
    try {
      postgres.close();
    } catch (IOException | RuntimeException e) {
      // pg_ctl stop fails on a server that is gone (the lock on the data directory is released
      // all the same); only a live one not stopping is news.
      if (server.isAlive()) {
        System.out.println("[stack] Could not stop PostgreSQL cleanly: " + e.getMessage());
      }
    }
  }
}
