package dev.macai.testkit.redis;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import redis.embedded.RedisServer;

/**
 * A real Redis on a free port, nothing persisted: the system {@code redis-server} (or the one
 * {@code REDIS_SERVER} names) when the machine has it, else the binary shipped in {@code
 * embedded-redis}, as the local stack does, so a fresh machine needs no install.
 */
public class RedisResource implements QuarkusTestResourceLifecycleManager {

  private Process redis;
  private RedisServer embedded;

  @Override
  public Map<String, String> start() {
    int port = freePort();
    String binary = System.getenv().getOrDefault("REDIS_SERVER", "/usr/bin/redis-server");
    if (!new File(binary).canExecute()) {
      return startEmbedded(port);
    }
    try {
      Path dir = Files.createTempDirectory("test-redis");
      redis =
          new ProcessBuilder(
                  binary,
                  "--port",
                  Integer.toString(port),
                  "--bind",
                  "127.0.0.1",
                  "--save",
                  "",
                  "--appendonly",
                  "no",
                  "--dir",
                  dir.toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("redis.log").toFile())
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitListening(port);
    return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:" + port);
  }

  private Map<String, String> startEmbedded(int port) {
    try {
      embedded =
          RedisServer.newRedisServer()
              .port(port)
              .bind("127.0.0.1")
              .setting("save \"\"")
              .setting("appendonly no")
              .build();
      embedded.start();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded Redis did not start", e);
    }
    return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:" + port);
  }

  @Override
  public void stop() {
    if (redis != null) {
      redis.destroy();
    }
    if (embedded != null) {
      try {
        embedded.stop();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private void awaitListening(int port) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(deadline)) {
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        if (!redis.isAlive()) {
          throw new IllegalStateException("redis-server exited with " + redis.exitValue());
        }
        java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
      }
    }
    throw new IllegalStateException("redis-server did not listen on " + port + " within 10 s");
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
