package dev.macai.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Every part of the stack started so far, so that one place stops them, once, in the right order:
 * the gateway first (nothing new reaches the services while they drain), then the services (they
 * hold database connections), then what they use, PostgreSQL last.
 *
 * <p>Two threads stop the stack: the main thread, and the shutdown hook for every other way the JVM
 * ends. A part the main thread was still starting when the hook ran would outlive the launcher; so
 * each part is added under the same lock the stop takes, and adding one after the stop stops
 * everything again and ends the start-up.
 */
final class StartedParts {

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

  private final StackConsole console;
  private final List<ServiceProcess> services = new ArrayList<>();
  private EmbeddedDatabase database;
  private ProviderSimulator simulator;
  private GatewayProcess gateway;
  private LocalRedis redis;
  private LocalS3 s3;
  private boolean stopped;

  StartedParts(StackConsole console) {
    this.console = console;
  }

  synchronized void addS3(LocalS3 started) {
    s3 = started;
    stopIfAlreadyStopped();
  }

  synchronized void addDatabase(EmbeddedDatabase started) {
    database = started;
    stopIfAlreadyStopped();
  }

  synchronized void addRedis(LocalRedis started) {
    redis = started;
    stopIfAlreadyStopped();
  }

  synchronized void addSimulator(ProviderSimulator started) {
    simulator = started;
    stopIfAlreadyStopped();
  }

  synchronized void addService(ServiceProcess started) {
    services.add(started);
    stopIfAlreadyStopped();
  }

  /** A restarted service takes the dead one's place (and position, the order they stop in). */
  synchronized void replaceService(int index, ServiceProcess restarted) {
    services.set(index, restarted);
    stopIfAlreadyStopped();
  }

  synchronized void addGateway(GatewayProcess started) {
    gateway = started;
    stopIfAlreadyStopped();
  }

  EmbeddedDatabase database() {
    return database;
  }

  LocalRedis redis() {
    return redis;
  }

  Optional<LocalS3> s3() {
    return Optional.ofNullable(s3);
  }

  Optional<ProviderSimulator> simulator() {
    return Optional.ofNullable(simulator);
  }

  Optional<GatewayProcess> gateway() {
    return Optional.ofNullable(gateway);
  }

  /** PostgreSQL, Redis and S3Proxy, those started so far. */
  synchronized List<Dependency> dependencies() {
    List<Dependency> started = new ArrayList<>();
    for (Dependency dependency : new Dependency[] {database, redis, s3}) {
      if (dependency != null) {
        started.add(dependency);
      }
    }
    return started;
  }

  /** A dependency started again takes the dead one's place. */
  synchronized void replaceDependency(Dependency dead, Dependency again) {
    if (dead == database) {
      database = (EmbeddedDatabase) again;
    } else if (dead == redis) {
      redis = (LocalRedis) again;
    } else if (dead == s3) {
      s3 = (LocalS3) again;
    } else {
      again.close();
      throw new IllegalArgumentException(dead.name() + " is not part of the stack");
    }
    stopIfAlreadyStopped();
  }

  /** The running services in start order; {@link #replaceService} changes it. */
  List<ServiceProcess> services() {
    return Collections.unmodifiableList(services);
  }

  private void stopIfAlreadyStopped() {
    if (stopped) {
      stopEverything();
      throw new StackFailure("stopped while starting");
    }
  }

  /** Stops everything started so far. Safe to call twice, and from both threads. */
  synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    stopEverything();
  }

  private synchronized void stopEverything() {
    boolean anythingToStop = !services.isEmpty() || database != null;
    if (anythingToStop) {
      console.say("Stopping...");
    }
    stopGateway();
    stopServices();
    if (simulator != null) {
      simulator.close();
    }
    if (redis != null) {
      redis.close();
    }
    if (s3 != null) {
      s3.close();
    }
    stopDatabase();
    if (anythingToStop) {
      console.say("Stopped.");
    }
  }

  private void stopGateway() {
    if (gateway != null) {
      try {
        gateway.stop(STOP_TIMEOUT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  // All at once, then one deadline for all: they drain in parallel, not one after the other.
  private void stopServices() {
    services.forEach(ServiceProcess::requestStop);
    Instant deadline = Instant.now().plus(STOP_TIMEOUT);
    for (ServiceProcess process : services) {
      try {
        process.awaitExitOrKill(deadline);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void stopDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
