package dev.macai.localstack;

import java.time.Duration;
import java.time.Instant;

/**
 * Waits until a started process serves: a service until its health endpoint says ready, the gateway
 * until it listens. Polls with a deadline, and gives up early, with the process's last log lines,
 * when the process dies meanwhile; waiting out the deadline then would only hide why.
 */
final class ReadinessCheck {

  // Five JVMs starting at once on two cores take a while; a service that needs longer is stuck.
  static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(180);
  // nginx binds its ports at once, with no JVM to warm up; one not listening by then has failed.
  static final Duration GATEWAY_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

  /** What one look at a starting process found. */
  enum Verdict {
    /** It serves. */
    READY,
    /** Ctrl-C: stop waiting, the stack stops. */
    STOP_REQUESTED,
    /** It died before it served. */
    EXITED,
    /** Alive, but not serving by the deadline. */
    TIMED_OUT,
    /** Not yet; look again after the poll interval. */
    NOT_YET
  }

  private final StopRequest stopRequest;
  private final StackConsole console;

  ReadinessCheck(StopRequest stopRequest, StackConsole console) {
    this.stopRequest = stopRequest;
    this.console = console;
  }

  /**
   * The decision, in order of precedence: a process that serves is ready even if a stop came in
   * meanwhile (the stop is seen at the next step); a stop beats everything else; a dead process is
   * reported as dead even past the deadline, because its exit code says more than a timeout.
   */
  static Verdict verdict(
      boolean serving, boolean stopRequested, boolean alive, Instant now, Instant deadline) {
    if (serving) {
      return Verdict.READY;
    }
    if (stopRequested) {
      return Verdict.STOP_REQUESTED;
    }
    if (!alive) {
      return Verdict.EXITED;
    }
    if (now.isAfter(deadline)) {
      return Verdict.TIMED_OUT;
    }
    return Verdict.NOT_YET;
  }

  /**
   * Until the service's readiness endpoint answers 200, at most {@link #SERVICE_TIMEOUT} after
   * {@code startedAt} (the stack's start for the first start, so the services share the timeout).
   */
  void awaitService(ServiceProcess process, Instant startedAt) throws InterruptedException {
    Instant deadline = startedAt.plus(SERVICE_TIMEOUT);
    String name = process.service().name();
    while (true) {
      Verdict verdict =
          verdict(
              process.isReady(),
              stopRequest.isRequested(),
              process.isAlive(),
              Instant.now(),
              deadline);
      switch (verdict) {
        case READY -> {
          console.say(name + " is ready");
          return;
        }
        case STOP_REQUESTED -> throw StopRequest.aborted();
        case EXITED ->
            throw new StackFailure(
                name + " exited with code " + process.exitCode() + " while starting",
                process.log(),
                process.logTail(LogTail.SHOWN_LINES));
        case TIMED_OUT ->
            throw new StackFailure(
                name + " was not ready within " + SERVICE_TIMEOUT.toSeconds() + " s",
                process.log(),
                process.logTail(LogTail.SHOWN_LINES));
        case NOT_YET -> Thread.sleep(POLL_INTERVAL.toMillis());
      }
    }
  }

  /**
   * Until nginx listens on the HTTPS port. A stop request does not cut this short: it lasts seconds
   * at most.
   */
  void awaitGateway(GatewayProcess gateway) throws InterruptedException {
    Instant deadline = Instant.now().plus(GATEWAY_TIMEOUT);
    while (true) {
      Verdict verdict =
          verdict(
              StackPorts.inUse(GatewayProcess.HTTPS_PORT),
              false,
              gateway.isAlive(),
              Instant.now(),
              deadline);
      switch (verdict) {
        case READY -> {
          return;
        }
        case NOT_YET -> Thread.sleep(POLL_INTERVAL.toMillis());
        default ->
            throw new StackFailure(
                "the gateway (nginx) did not start",
                gateway.log(),
                LogTail.lastLines(gateway.log(), LogTail.SHOWN_LINES, 0));
      }
    }
  }
}
