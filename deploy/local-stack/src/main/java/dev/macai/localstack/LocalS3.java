package dev.macai.localstack;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * S3 for image-service, as production has it (MinIO or AWS), without Docker: S3Proxy with its
 * filesystem backend, as a child JVM (its Jetty and jclouds stay off the launcher's class path).
 * Objects live in {@code .local/s3/data}; the credential is random, kept next to them.
 */
final class LocalS3 implements Dependency {

  static final int DEFAULT_PORT = 8091;
  static final String BUCKET = "mac-ai-images";
  static final String IDENTITY = "mac-ai-local";

  /** Where the build copies S3Proxy's jar-with-dependencies (see the module's pom). */
  static final String JAR = "deploy/local-stack/target/s3proxy/s3proxy.jar";

  // A cold JVM on a busy two-core machine; it usually listens within 3 s.
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final int port;
  private final String credential;
  private final Path log;
  private final Path repoRoot;
  private final Path stateDirectory;

  private LocalS3(
      Process process, int port, String credential, Path log, Path repoRoot, Path stateDirectory) {
    this.process = process;
    this.port = port;
    this.credential = credential;
    this.log = log;
    this.repoRoot = repoRoot;
    this.stateDirectory = stateDirectory;
  }

  /** Starts S3Proxy without waiting for it; {@link #awaitListening} does, when S3 is needed. */
  static LocalS3 start(Path repoRoot, Path stateDirectory, int port, Path log) throws IOException {
    Path jar = repoRoot.resolve(JAR);
    if (!Files.isRegularFile(jar)) {
      throw new StackFailure(JAR + " is missing. Run ./run, which builds it.");
    }
    Path data = Files.createDirectories(stateDirectory.resolve("data"));
    String credential = FernetKeyFile.ensure(stateDirectory.resolve("credential"));
    Path properties = stateDirectory.resolve("s3proxy.conf");
    Files.writeString(
        properties,
        String.join(
            "\n",
            "s3proxy.endpoint=http://127.0.0.1:" + port,
            "s3proxy.authorization=aws-v2-or-v4",
            "s3proxy.identity=" + IDENTITY,
            "s3proxy.credential=" + credential,
            "jclouds.provider=filesystem",
            "jclouds.filesystem.basedir=" + data.toAbsolutePath(),
            ""),
        StandardCharsets.UTF_8);
    Process process =
        new ProcessBuilder(
                List.of(
                    ServiceProcess.javaExecutable(),
                    // Small and quick to start: it only moves PNGs for one user.
                    "-Xmx192m",
                    "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1",
                    "-jar",
                    jar.toString(),
                    "--properties",
                    properties.toString()))
            .redirectErrorStream(true)
            .redirectOutput(Redirect.appendTo(log.toFile()))
            .start();
    return new LocalS3(process, port, credential, log, repoRoot, stateDirectory);
  }

  void awaitListening() throws InterruptedException {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (true) {
      if (!process.isAlive()) {
        throw new StackFailure(
            "S3Proxy exited with code " + process.exitValue() + " while starting",
            log,
            LogTail.lastLines(log, LogTail.SHOWN_LINES));
      }
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        if (Instant.now().isAfter(deadline)) {
          throw new StackFailure(
              "S3Proxy did not listen on port "
                  + port
                  + " within "
                  + START_TIMEOUT.toSeconds()
                  + " s",
              log,
              LogTail.lastLines(log, LogTail.SHOWN_LINES));
        }
        Thread.sleep(100);
      }
    }
  }

  String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  int port() {
    return port;
  }

  String credential() {
    return credential;
  }

  @Override
  public String name() {
    return "S3Proxy";
  }

  @Override
  public Path log() {
    return log;
  }

  @Override
  public long pid() {
    return process.pid();
  }

  @Override
  public boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public CompletableFuture<Process> onExit() {
    return process.onExit();
  }

  /** S3Proxy again on the same port, objects and credential. */
  @Override
  public LocalS3 startAgain() throws IOException, InterruptedException {
    close();
    LocalS3 again = start(repoRoot, stateDirectory, port, log);
    again.awaitListening();
    return again;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
