package dev.macai.localstack;

import java.util.concurrent.CompletableFuture;

/**
 * The request to stop that Ctrl-C (or {@code kill}) makes, with the exit code the launcher then
 * ends with. The signal handler only records it; the main thread sees it between steps of the
 * start-up and while it supervises, and stops the parts in order (see {@link StopSignals}).
 */
final class StopRequest {

  private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
  private final StackConsole console;

  StopRequest(StackConsole console) {
    this.console = console;
  }

  /** The first request wins; a second Ctrl-C while stopping only gets told to wait. */
  void request(int exitCode) {
    if (!this.exitCode.complete(exitCode)) {
      console.say("Still stopping, please wait...");
    }
  }

  boolean isRequested() {
    return exitCode.isDone();
  }

  /** The requested exit code, or {@code otherwise} when nobody asked to stop. */
  int exitCodeOr(int otherwise) {
    return exitCode.getNow(otherwise);
  }

  /** Completes with the exit code once a stop is requested: something to wait on with others. */
  CompletableFuture<Integer> whenRequested() {
    return exitCode;
  }

  /** Ends a start-up step early: the launcher stops what has started and exits quietly. */
  void abortIfRequested() {
    if (isRequested()) {
      throw aborted();
    }
  }

  static StackFailure aborted() {
    return new StackFailure("stop requested");
  }
}
