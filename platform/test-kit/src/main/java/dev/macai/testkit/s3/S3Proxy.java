package dev.macai.testkit.s3;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real S3 API without Docker: S3Proxy (the {@code org.gaul:s3proxy} jar-with-dependencies that
 * the service's build copies to {@code target/s3proxy}) as a child process on a free port, storing
 * into a temporary directory. A child process keeps its Jetty and jclouds off the service's class
 * path. {@link #stopServing()} and {@link #serveAgain()} take S3 down and bring it back on the same
 * port with the same data, for the "S3 is down" tests. A service names its bucket and the property
 * that holds it in a subclass.
 */
public abstract class S3Proxy implements QuarkusTestResourceLifecycleManager {

  public static final String IDENTITY = "test-identity";
  public static final String CREDENTIAL = "test-credential";
  private static final Path JAR = Path.of("target", "s3proxy", "s3proxy.jar");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private static volatile S3Proxy running;

  private final String bucket;
  private final String bucketProperty;
  private Process process;
  private int port;
  private Path dir;

  protected S3Proxy(String bucket, String bucketProperty) {
    this.bucket = bucket;
    this.bucketProperty = bucketProperty;
  }

  /** Further settings the service's S3 tests need. */
  protected Map<String, String> extraConfig() {
    return Map.of();
  }

  @Override
  public Map<String, String> start() {
    try {
      port = freePort();
      dir = Files.createTempDirectory("s3proxy-");
      Files.createDirectories(dir.resolve("data"));
      Files.writeString(
          dir.resolve("s3proxy.conf"),
          String.join(
              "\n",
              "s3proxy.endpoint=http://127.0.0.1:" + port,
              "s3proxy.authorization=aws-v2-or-v4",
              "s3proxy.identity=" + IDENTITY,
              "s3proxy.credential=" + CREDENTIAL,
              "jclouds.provider=filesystem",
              "jclouds.filesystem.basedir=" + dir.resolve("data").toAbsolutePath(),
              ""));
      launch();
      running = this;
      Map<String, String> config = new HashMap<>(extraConfig());
      config.put(bucketProperty, bucket);
      config.put("quarkus.s3.endpoint-override", endpoint());
      config.put("quarkus.s3.aws.credentials.static-provider.access-key-id", IDENTITY);
      config.put("quarkus.s3.aws.credentials.static-provider.secret-access-key", CREDENTIAL);
      return config;
    } catch (IOException e) {
      throw new IllegalStateException("Could not start S3Proxy from " + JAR, e);
    }
  }

  /** The S3Proxy of the test running now, to take it down. */
  public static S3Proxy running() {
    return running;
  }

  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  /** Kills S3Proxy: connections to its port are refused until {@link #serveAgain()}. */
  public void stopServing() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  public void serveAgain() throws IOException {
    launch();
  }

  private void launch() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx256m",
                    "-jar",
                    JAR.toString(),
                    "--properties",
                    dir.resolve("s3proxy.conf").toString()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("s3proxy.log").toFile()))
            .start();
    awaitListening();
  }

  private void awaitListening() {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("S3Proxy exited with " + process.exitValue());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalStateException("S3Proxy did not listen within " + START_TIMEOUT);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void stop() {
    if (process != null) {
      process.destroy();
    }
    running = null;
  }
}
