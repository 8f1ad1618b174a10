package dev.macai.song.support;

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

/**
 * A real Redis: the system {@code redis-server} on a free port, nothing persisted (no Docker here;
 * {@code apt-get install redis-server} when missing, or set {@code REDIS_SERVER} to its path).
 */
public class RedisResource implements QuarkusTestResourceLifecycleManager {

  private Process redis;

  @Override
  public Map<String, String> start() {
    int port = freePort();
    String binary = System.getenv().getOrDefault("REDIS_SERVER", "/usr/bin/redis-server");
    if (!new File(binary).canExecute()) {
      throw new IllegalStateException(
          binary + " not found: install redis-server (apt-get install -y redis-server)");
    }
    try {
      Path dir = Files.createTempDirectory("song-redis");
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

  @Override
  public void stop() {
    if (redis != null) {
      redis.destroy();
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

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
