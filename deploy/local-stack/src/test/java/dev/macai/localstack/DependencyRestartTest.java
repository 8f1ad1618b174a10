package dev.macai.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the supervisor relies on when a dependency is killed: it notices the death, and the process
 * it starts again serves the same data on the same port.
 */
class DependencyRestartTest {

  @TempDir Path state;

  @Test
  void postgresqlKilledHardComesBackWithEveryCommittedWrite() throws Exception {
    EmbeddedDatabase database =
        EmbeddedDatabase.start(state.resolve("pgdata"), freePort(), log("postgres"));
    try {
      database.runScript(
          "postgres", "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('a')");
      assertThat(setting(database, "synchronous_commit")).isEqualTo("on");

      killHard(database);
      database = database.startAgain();

      assertThat(database.isAlive()).isTrue();
      try (Connection connection = connect(database);
          Statement query = connection.createStatement();
          ResultSet rows = query.executeQuery("SELECT note FROM kept")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("a");
      }
    } finally {
      database.close();
    }
  }

  @Test
  void redisKilledHardListensAgainOnItsPort() throws Exception {
    int port = freePort();
    LocalRedis redis = LocalRedis.start(state.resolve("redis"), port, log("redis"));
    try {
      killHard(redis);
      redis = redis.startAgain();

      assertThat(redis.isAlive()).isTrue();
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      }
    } finally {
      redis.close();
    }
  }

  private static void killHard(Dependency dependency) throws Exception {
    ProcessHandle.of(dependency.pid()).ifPresent(ProcessHandle::destroyForcibly);
    dependency.onExit().get(10, TimeUnit.SECONDS);
    assertThat(dependency.isAlive()).isFalse();
  }

  private static String setting(EmbeddedDatabase database, String name) throws Exception {
    try (Connection connection = connect(database);
        Statement query = connection.createStatement();
        ResultSet row = query.executeQuery("SHOW " + name)) {
      row.next();
      return row.getString(1);
    }
  }

  private static Connection connect(EmbeddedDatabase database) throws Exception {
    return DriverManager.getConnection(database.jdbcUrl("postgres"), "postgres", "");
  }

  private Path log(String name) throws Exception {
    return Files.createFile(state.resolve(name + ".log"));
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
