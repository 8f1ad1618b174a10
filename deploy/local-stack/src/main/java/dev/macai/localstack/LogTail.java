package dev.macai.localstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log, shown when something fails so nobody has to go looking. */
final class LogTail {

  /** How many of a log's last lines the launcher shows with a failure. */
  static final int SHOWN_LINES = 30;

  // Logs are appended across runs and can grow large; the tail is all that is needed.
  private static final int MAX_BYTES = 64 * 1024;

  private LogTail() {}

  static List<String> lastLines(Path file, int count) {
    return lastLines(file, count, 0);
  }

  /** The last lines written at or after byte {@code fromOffset}: this run's, not earlier ones'. */
  static List<String> lastLines(Path file, int count, long fromOffset) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long length = in.length();
      long start = Math.max(Math.max(0, fromOffset), length - MAX_BYTES);
      if (start >= length) {
        return List.of();
      }
      byte[] bytes = new byte[(int) (length - start)];
      in.seek(start);
      in.readFully(bytes);
      List<String> lines = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\r?\n"));
      if (start > fromOffset && !lines.isEmpty()) {
        lines = lines.subList(1, lines.size()); // the first line was cut in the middle
      }
      return lines.subList(Math.max(0, lines.size() - count), lines.size());
    } catch (IOException e) {
      return List.of("(could not read " + file + ": " + e.getMessage() + ")");
    }
  }
}
