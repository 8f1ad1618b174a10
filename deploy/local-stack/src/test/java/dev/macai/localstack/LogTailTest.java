package dev.macai.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

  @TempDir Path dir;

  @Test
  void returnsTheLastLinesOfALargeLog() throws Exception {
    Path log = dir.resolve("service.log");
    Files.writeString(
        log,
        IntStream.rangeClosed(1, 20_000)
            .mapToObj(i -> "line " + i)
            .collect(Collectors.joining("\n", "", "\n")));

    assertThat(LogTail.lastLines(log, 3)).containsExactly("line 19998", "line 19999", "line 20000");
  }

  @Test
  void returnsWhatThereIsOfAShortOrMissingLog() throws Exception {
    Path log = dir.resolve("short.log");
    Files.writeString(log, "only\nthree\nlines");

    assertThat(LogTail.lastLines(log, 30)).containsExactly("only", "three", "lines");
    assertThat(LogTail.lastLines(dir.resolve("missing.log"), 30)).isEmpty();
    Files.writeString(log, "");
    assertThat(LogTail.lastLines(log, 30)).isEmpty();
  }

  @Test
  void leavesOutWhatEarlierRunsWrote() throws Exception {
    Path log = dir.resolve("appended.log");
    Files.writeString(log, "earlier run\nfailed too\n");
    long thisRun = Files.size(log);
    Files.writeString(log, "this run\n", StandardOpenOption.APPEND);

    assertThat(LogTail.lastLines(log, 30, thisRun)).containsExactly("this run");
    assertThat(LogTail.lastLines(log, 30, Files.size(log))).isEmpty();
  }
}
