package dev.macai.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Keeps the started stack running until Ctrl-C. A service that dies is started again: a desktop
 * stack should outlive one crash, and song jobs resume from the database. One that keeps dying (see
 * {@link RestartBudget}), or the gateway or S3Proxy dying, stops the stack: that is broken, not
 * unlucky, and restarting would only hide it.
 */
final class ProcessSupervisor {

  // Three restarts in ten minutes forgive a crash now and then, not a crash loop.
  private final RestartBudget restarts = new RestartBudget(3, Duration.ofMinutes(10));
  private final StartedParts parts;
  private final StopRequest stopRequest;
  private final ReadinessCheck readiness;
  private final ServiceEnvironment environment;
  private final Path repoRoot;
  private final StackConsole console;

  ProcessSupervisor(
      StartedParts parts,
      StopRequest stopRequest,
      ReadinessCheck readiness,
      ServiceEnvironment environment,
      Path repoRoot,
      StackConsole console) {
    this.parts = parts;
    this.stopRequest = stopRequest;
    this.readiness = readiness;
    this.environment = environment;
    this.repoRoot = repoRoot;
    this.console = console;
  }

  /**
   * Blocks until a stop is requested and returns its exit code; throws a {@link StackFailure} when
   * the stack has to stop on its own.
   */
  int superviseUntilStopRequested() throws IOException, InterruptedException {
    while (true) {
      awaitAnExitOrTheStopRequest();
      if (stopRequest.isRequested()) {
        return stopRequest.whenRequested().join();
      }
      failIfGatewayOrS3Died();
      List<ServiceProcess> services = parts.services();
      for (int i = 0; i < services.size(); i++) {
        if (!services.get(i).isAlive()) {
          restart(i);
        }
      }
    }
  }

  private void awaitAnExitOrTheStopRequest() throws InterruptedException {
    List<CompletableFuture<?>> processes = new ArrayList<>();
    parts.services().forEach(process -> processes.add(process.onExit()));
    parts.gateway().ifPresent(gateway -> processes.add(gateway.onExit()));
    parts.s3().ifPresent(s3 -> processes.add(s3.onExit()));
    CompletableFuture<?>[] exits = processes.toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.anyOf(CompletableFuture.anyOf(exits), stopRequest.whenRequested()).get();
    } catch (ExecutionException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private void failIfGatewayOrS3Died() {
    GatewayProcess gateway = parts.gateway().orElse(null);
    if (gateway != null && !gateway.isAlive()) {
      throw new StackFailure(
          "the gateway (nginx) stopped unexpectedly (exit code "
              + gateway.exitCode()
              + "); stopping the stack",
          gateway.log(),
          LogTail.lastLines(gateway.log(), LogTail.SHOWN_LINES, 0));
    }
    LocalS3 s3 = parts.s3().orElse(null);
    if (s3 != null && !s3.isAlive()) {
      throw new StackFailure(
          "S3Proxy stopped unexpectedly; stopping the stack",
          s3.log(),
          LogTail.lastLines(s3.log(), LogTail.SHOWN_LINES));
    }
  }

  private void restart(int index) throws IOException, InterruptedException {
    ServiceProcess dead = parts.services().get(index);
    LocalService service = dead.service();
    String died = service.name() + " stopped unexpectedly (exit code " + dead.exitCode() + ")";
    if (!restarts.recordDeath(service.name(), Instant.now())) {
      throw new StackFailure(
          died
              + ", "
              + restarts.recentDeaths(service.name())
              + " times within "
              + restarts.window().toMinutes()
              + " minutes; stopping the stack",
          dead.log(),
          dead.logTail(LogTail.SHOWN_LINES));
    }
    console.say(died + "; starting it again. Its last lines:");
    console.printLogTail(dead.log(), dead.logTail(LogTail.SHOWN_LINES));
    ServiceProcess again =
        ServiceProcess.start(service, repoRoot, environment.forService(service), dead.log());
    parts.replaceService(index, again);
    readiness.awaitService(again, Instant.now());
  }
}
