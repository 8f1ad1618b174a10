package dev.macai.localstack;

import java.nio.file.Path;
import java.util.List;

/**
 * What the launcher tells the person at the terminal. Every line carries {@code [stack]} so it
 * stands out from what the build printed before; paths are shown relative to the repository root,
 * where {@code ./run} was started, so they can be pasted as they are.
 */
final class StackConsole {

  private final Path repoRoot;

  StackConsole(Path repoRoot) {
    this.repoRoot = repoRoot;
  }

  void say(String line) {
    System.out.println("[stack] " + line);
  }

  /** The end of a log that explains a failure, framed so it is not mistaken for launcher output. */
  void printLogTail(Path log, List<String> tail) {
    say("---- end of " + relative(log) + " ----");
    tail.forEach(System.out::println);
    say("----");
  }

  String relative(Path path) {
    return repoRoot.relativize(path).toString();
  }
}
