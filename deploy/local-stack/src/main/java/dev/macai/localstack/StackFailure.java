package dev.macai.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A failure the launcher explains in one line instead of a stack trace, followed by the end of the
 * log that tells why, when there is one.
 */
final class StackFailure extends RuntimeException {

  private final transient Path log;
  private final transient List<String> logTail;

  StackFailure(String message) {
    this(message, null, List.of());
  }

  StackFailure(String message, Path log, List<String> logTail) {
    super(message);
    this.log = log;
    this.logTail = List.copyOf(logTail);
  }

  Optional<Path> log() {
    return Optional.ofNullable(log);
  }

  List<String> logTail() {
    return logTail;
  }
}
