package dev.macai.localstack;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One service running as a child JVM, its output appended to its own log file. */
final class ServiceProcess {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private final LocalService service;
  private final Process process;
  private final Path log;
  private final long logStart;

  private ServiceProcess(LocalService service, Process process, Path log, long logStart) {
    this.service = service;
    this.process = process;
    this.log = log;
    this.logStart = logStart;
  }

  /**
   * Starts {@code java -jar quarkus-run.jar} with the launcher's own JVM and environment plus
   * {@code environment}, in the service's module directory, as the service would run alone there.
   */
  static ServiceProcess start(
      LocalService service, Path repoRoot, Map<String, String> environment, Path log)
      throws IOException {
    Path jar = service.jar(repoRoot);
    // The log is appended to across runs; remember where this run begins.
    long logStart = Files.exists(log) ? Files.size(log) : 0;
    Files.writeString(
        log,
        "==== " + service.name() + " started by the local stack at " + LocalDateTime.now() + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    // A bounded heap: by default each JVM may take a quarter of the machine's memory, and the
    // whole stack runs side by side on one desktop.
    command.add("-Xmx512m");
    command.addAll(jvmOptions(System.getenv("LOCAL_JAVA_OPTS")));
    command.addAll(List.of("-jar", jar.toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(service.moduleDirectory(repoRoot).toFile())
            .redirectErrorStream(true)
            .redirectOutput(Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    return new ServiceProcess(service, builder.start(), log, logStart);
  }

  /**
   * The services' extra JVM options: {@code LOCAL_JAVA_OPTS} when set, else the serial collector.
   * Five JVMs start at once; on a small machine G1's concurrent threads compete with the JIT for
   * the same cores, and a 512 MB heap gains nothing from them (2 cores: warm start median 35 s
   * instead of 38.5 s). {@code -XX:TieredStopAtLevel=1} starts faster still (22–24 s) but gives up
   * the optimising compiler for as long as the stack runs, so it is only offered, not the default.
   */
  static List<String> jvmOptions(String configured) {
    if (configured == null) {
      return List.of("-XX:+UseSerialGC");
    }
    return Arrays.stream(configured.strip().split("\\s+")).filter(o -> !o.isEmpty()).toList();
  }

  // The JVM running the launcher: ./run already checked it is 17 or newer.
  static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  LocalService service() {
    return service;
  }

  Path log() {
    return log;
  }

  /** The last lines this run of the service wrote. */
  List<String> logTail(int count) {
    return LogTail.lastLines(log, count, logStart);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  CompletableFuture<Process> onExit() {
    return process.onExit();
  }

  /** One probe of the readiness endpoint: true once it answers 200 (all checks UP). */
  boolean isReady() throws InterruptedException {
    HttpRequest probe =
        HttpRequest.newBuilder(service.readinessUrl()).timeout(Duration.ofSeconds(2)).GET().build();
    try {
      return HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException notListeningYet) {
      return false;
    }
  }

  int exitCode() {
    return process.exitValue();
  }

  /** Asks the service to shut down gracefully (SIGTERM); Quarkus then drains and exits. */
  void requestStop() {
    process.destroy();
  }

  /** Waits for the exit until {@code deadline}, then kills the process. */
  void awaitExitOrKill(Instant deadline) throws InterruptedException {
    long waitMillis = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
    if (!process.waitFor(waitMillis, TimeUnit.MILLISECONDS)) {
      System.out.println("[stack] " + service.name() + " did not stop in time; killing it");
      process.destroyForcibly();
      process.waitFor(5, TimeUnit.SECONDS);
    }
  }
}
