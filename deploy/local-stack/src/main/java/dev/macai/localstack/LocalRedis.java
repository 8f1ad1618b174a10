package dev.macai.localstack;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import redis.embedded.RedisServer;

/**
 * Redis for song-service's slots and progress events: the system {@code redis-server} when the
 * machine has one, else the binary shipped in {@code embedded-redis} (no install needed). Data (a
 * snapshot now and then; nothing in Redis is the only copy of anything) in {@code .local/redis}.
 */
final class LocalRedis implements Dependency {

  static final int DEFAULT_PORT = 16379;
  private static final String[] SYSTEM_BINARIES = {
    "/usr/bin/redis-server", "/usr/local/bin/redis-server", "/opt/homebrew/bin/redis-server"
  };

  private final Process systemRedis;
  private final RedisServer embeddedRedis;
  private final ProcessHandle server;
  private final int port;
  private final String kind;
  private final Path dataDirectory;
  private final Path log;

  private LocalRedis(
      Process systemRedis,
      RedisServer embeddedRedis,
      ProcessHandle server,
      int port,
      String kind,
      Path dataDirectory,
      Path log) {
    this.systemRedis = systemRedis;
    this.embeddedRedis = embeddedRedis;
    this.server = server;
    this.port = port;
    this.kind = kind;
    this.dataDirectory = dataDirectory;
    this.log = log;
  }

  static LocalRedis start(Path dataDirectory, int port, Path log) throws IOException {
    Files.createDirectories(dataDirectory);
    String dir = dataDirectory.toAbsolutePath().toString();
    for (String binary : SYSTEM_BINARIES) {
      if (new File(binary).canExecute()) {
        Process process =
            new ProcessBuilder(
                    binary,
                    "--port",
                    Integer.toString(port),
                    "--bind",
                    "127.0.0.1",
                    "--dir",
                    dir,
                    "--save",
                    "60 1",
                    "--appendonly",
                    "no")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        LocalRedis redis =
            new LocalRedis(
                process, null, process.toHandle(), port, "system " + binary, dataDirectory, log);
        redis.awaitListening();
        return redis;
      }
    }
    RedisServer server =
        RedisServer.newRedisServer()
            .port(port)
            .bind("127.0.0.1")
            .setting("dir " + dir)
            .setting("save 60 1")
            .build();
    server.start();
    return new LocalRedis(null, server, embeddedProcess(), port, "embedded", dataDirectory, log);
  }

  // embedded-redis keeps its process to itself; it is the launcher's only redis-server child (its
  // command line carries no port: the configuration goes in through stdin).
  private static ProcessHandle embeddedProcess() {
    return ProcessHandle.current()
        .children()
        .filter(
            child ->
                child.info().command().filter(line -> line.contains("redis-server")).isPresent())
        .findFirst()
        .orElseThrow(() -> new StackFailure("the embedded redis-server is not running"));
  }

  @Override
  public String name() {
    return "Redis";
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

  /** Redis again on the same port, loading its last snapshot. */
  @Override
  public LocalRedis startAgain() throws IOException {
    close();
    return start(dataDirectory, port, log);
  }

  int port() {
    return port;
  }

  String url() {
    return "redis://127.0.0.1:" + port;
  }

  /** Which Redis runs: the system's or the embedded one. */
  String kind() {
    return kind;
  }

  private void awaitListening() throws IOException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(deadline)) {
      if (!systemRedis.isAlive()) {
        throw new StackFailure("redis-server exited with code " + systemRedis.exitValue());
      }
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while Redis started", e);
        }
      }
    }
    throw new StackFailure("redis-server did not listen on port " + port + " within 10 s");
  }

  @Override
  public void close() {
    if (systemRedis != null) {
      systemRedis.destroy();
    }
    if (embeddedRedis != null) {
      try {
        embeddedRedis.stop();
      } catch (IOException e) {
        System.out.println("[stack] Could not stop Redis cleanly: " + e.getMessage());
      }
    }
  }
}
