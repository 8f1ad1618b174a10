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
 * Keeps the started stack running until Ctrl-C. A service or a {@link Dependency} (PostgreSQL,
 * Redis, S3Proxy) that dies is started again, loudly, with its last log lines: a desktop stack
 * should outlive one crash, song jobs resume from the database, and the services reconnect to a
 * dependency that is back (this waits until they serve again, and restarts one that does not). One
 * that keeps dying (see {@link RestartBudget}), or the gateway dying, stops the stack: that is
 * broken, not unlucky, and restarting would only hide it.
 */
final class ProcessSupervisor {

  // Three restarts in ten minutes forgive a crash now and then, not a crash loop.
  private final RestartBudget restarts = new RestartBudget(3, Duration.ofMinutes(10));
  // Pools notice a dead connection at their next use or validation; a minute is generous.
  private static final Duration RECONNECT_TIMEOUT = Duration.ofSeconds(60);
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
      failIfGatewayDied();
      for (Dependency dependency : parts.dependencies()) {
        if (!dependency.isAlive()) {
          restart(dependency);
        }
      }
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
    parts.dependencies().forEach(dependency -> processes.add(dependency.onExit()));
    CompletableFuture<?>[] exits = processes.toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.anyOf(CompletableFuture.anyOf(exits), stopRequest.whenRequested()).get();
    } catch (ExecutionException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private void failIfGatewayDied() {
    GatewayProcess gateway = parts.gateway().orElse(null);
    if (gateway != null && !gateway.isAlive()) {
      throw new StackFailure(
          "the gateway (nginx) stopped unexpectedly (exit code "
              + gateway.exitCode()
              + "); stopping the stack",
          gateway.log(),
          LogTail.lastLines(gateway.log(), LogTail.SHOWN_LINES, 0));
    }
  }

  private void restart(Dependency dead) throws IOException, InterruptedException {
    String died = dead.name() + " stopped unexpectedly";
    List<String> tail = LogTail.lastLines(dead.log(), LogTail.SHOWN_LINES);
    if (!restarts.recordDeath(dead.name(), Instant.now())) {
      throw new StackFailure(tooOften(died, dead.name()), dead.log(), tail);
    }
    console.say("WARNING: " + died + "; starting it again. Its last lines:");
    console.printLogTail(dead.log(), tail);
    Instant diedAt = Instant.now();
    parts.replaceDependency(dead, dead.startAgain());
    console.say(dead.name() + " runs again; waiting for the services to reconnect");
    awaitServicesBack();
    console.say(
        "All services ready again "
            + Duration.between(diedAt, Instant.now()).toSeconds()
            + " s after "
            + dead.name()
            + " stopped");
  }

  /**
   * The services' pools and clients reconnect on their own; one still not ready after {@link
   * #RECONNECT_TIMEOUT} is stuck, and starting it again is the cure the person would apply.
   */
  private void awaitServicesBack() throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(RECONNECT_TIMEOUT);
    List<ServiceProcess> services = parts.services();
    for (int i = 0; i < services.size(); i++) {
      ServiceProcess process = parts.services().get(i);
      while (process.isAlive() && !process.isReady() && Instant.now().isBefore(deadline)) {
        stopRequest.abortIfRequested();
        Thread.sleep(250);
      }
      if (process.isAlive() && !process.isReady()) {
        console.say(
            "WARNING: "
                + process.service().name()
                + " did not reconnect within "
                + RECONNECT_TIMEOUT.toSeconds()
                + " s; starting it again");
        process.requestStop();
        process.awaitExitOrKill(Instant.now().plusSeconds(10));
      }
      if (!process.isAlive()) {
        restart(i);
      }
    }
  }

  private String tooOften(String died, String name) {
    return died
        + ", "
        + restarts.recentDeaths(name)
        + " times within "
        + restarts.window().toMinutes()
        + " minutes; stopping the stack";
  }

  private void restart(int index) throws IOException, InterruptedException {
    ServiceProcess dead = parts.services().get(index);
    LocalService service = dead.service();
    String died = service.name() + " stopped unexpectedly (exit code " + dead.exitCode() + ")";
    if (!restarts.recordDeath(service.name(), Instant.now())) {
      throw new StackFailure(
          tooOften(died, service.name()), dead.log(), dead.logTail(LogTail.SHOWN_LINES));
    }
    console.say(died + "; starting it again. Its last lines:");
    console.printLogTail(dead.log(), dead.logTail(LogTail.SHOWN_LINES));
    ServiceProcess again =
        ServiceProcess.start(service, repoRoot, environment.forService(service), dead.log());
    parts.replaceService(index, again);
    readiness.awaitService(again, Instant.now());
  }
}
