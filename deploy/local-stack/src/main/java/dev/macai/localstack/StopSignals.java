package dev.macai.localstack;

import java.util.List;
import java.util.function.IntConsumer;
import sun.misc.Signal;

/**
 * Turns Ctrl-C (and a closed terminal or a plain {@code kill}) into a stop request for the main
 * thread instead of an immediate JVM shutdown.
 *
 * <p>Why not only a shutdown hook: the JVM runs all hooks at once, and zonky registers its own hook
 * that stops PostgreSQL. The services would then lose their database while still shutting down.
 * Handling the signal lets the launcher stop the services first and PostgreSQL after them. {@code
 * sun.misc.Signal} is the supported way to do this (module {@code jdk.unsupported}, JEP 260).
 */
final class StopSignals {

  private static final List<String> STOP_SIGNALS = List.of("INT", "TERM", "HUP");

  private StopSignals() {}

  /** Calls {@code onStop} with the shell-style exit code (128 + signal number). */
  static void install(IntConsumer onStop) {
    for (String name : STOP_SIGNALS) {
      try {
        Signal.handle(new Signal(name), signal -> onStop.accept(128 + signal.getNumber()));
      } catch (IllegalArgumentException unavailable) {
        // Not on this OS (HUP on Windows) or the JVM runs with -Xrs: the shutdown hook still stops
        // everything, only not in order.
      }
    }
  }
}
