package dev.macai.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The race between the start-up and the shutdown hook: nothing started late may outlive it. */
class StartedPartsTest {

  private final StartedParts parts = new StartedParts(new StackConsole(Path.of("/checkout")));

  @Test
  void aPartAddedAfterTheStopIsStoppedAndEndsTheStartUp() {
    ProviderSimulator simulator = ProviderSimulator.start(ProviderSimulatorTest.REPO_ROOT, 0);
    int port = simulator.baseUrl().getPort();
    parts.stop();

    assertThatThrownBy(() -> parts.addSimulator(simulator))
        .isInstanceOf(StackFailure.class)
        .hasMessage("stopped while starting");
    assertThat(listens(port)).isFalse();
  }

  @Test
  void stoppingTwiceStopsOnce() {
    ProviderSimulator simulator = ProviderSimulator.start(ProviderSimulatorTest.REPO_ROOT, 0);
    int port = simulator.baseUrl().getPort();
    parts.addSimulator(simulator);

    parts.stop();
    parts.stop();

    assertThat(listens(port)).isFalse();
    assertThat(parts.simulator()).contains(simulator);
  }

  private static boolean listens(int port) {
    try (Socket probe = new Socket()) {
      probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }
}
