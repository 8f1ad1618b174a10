package dev.macai.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * How often the stack starts a dead service again: up to {@code maxRestarts} times within {@code
 * window}. A service that dies more often is broken, not unlucky; restarting it only hides that.
 */
final class RestartBudget {

  private final int maxRestarts;
  private final Duration window;
  private final Map<String, Deque<Instant>> deaths = new HashMap<>();

  RestartBudget(int maxRestarts, Duration window) {
    this.maxRestarts = maxRestarts;
    this.window = window;
  }

  /** Records that {@code service} died at {@code at}; true while it may be started again. */
  boolean recordDeath(String service, Instant at) {
    Deque<Instant> recent = deaths.computeIfAbsent(service, name -> new ArrayDeque<>());
    while (!recent.isEmpty() && recent.peekFirst().isBefore(at.minus(window))) {
      recent.removeFirst();
    }
    recent.addLast(at);
    return recent.size() <= maxRestarts;
  }

  /** Deaths of {@code service} within the window before its last one. */
  int recentDeaths(String service) {
    return deaths.getOrDefault(service, new ArrayDeque<>()).size();
  }

  Duration window() {
    return window;
  }
}
