package dev.macai.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackPortsTest {

  @Test
  void withoutVariablesTheStackTakesItsDefaultPorts() {
    StackPorts ports = new StackPorts(Map.of("LOCAL_PG_PORT", " "));

    assertThat(ports.postgres()).isEqualTo(15432);
    assertThat(ports.redis()).isEqualTo(16379);
    assertThat(ports.s3()).isEqualTo(8091);
  }

  @Test
  void theVariablesMoveTheirPorts() {
    StackPorts ports =
        new StackPorts(
            Map.of(
                "LOCAL_PG_PORT", "25432", "LOCAL_REDIS_PORT", " 26379 ", "LOCAL_S3_PORT", "9091"));

    assertThat(ports.postgres()).isEqualTo(25432);
    assertThat(ports.redis()).isEqualTo(26379);
    assertThat(ports.s3()).isEqualTo(9091);
  }

  /** Read when needed: a bad S3 port must not stop a stack that runs no S3Proxy. */
  @Test
  void aBadPortFailsWhenItIsNeededAndNamesTheVariable() {
    StackPorts ports = new StackPorts(Map.of("LOCAL_S3_PORT", "s3"));

    assertThat(ports.postgres()).isEqualTo(15432);
    assertThatThrownBy(ports::s3)
        .isInstanceOf(StackFailure.class)
        .hasMessage("LOCAL_S3_PORT is not a port number: s3");
  }

  @Test
  void theInUseMessageNamesWhatRunsThereAndHowToMoveIt() {
    assertThat(
            StackPorts.inUseMessage(16379, "Redis", " Set LOCAL_REDIS_PORT to use another port."))
        .isEqualTo(
            "Port 16379 (Redis) is in use: is the stack already running in another terminal? Set"
                + " LOCAL_REDIS_PORT to use another port.");
    assertThat(StackPorts.inUseMessage(15432, "", " Set LOCAL_PG_PORT to use another port."))
        .isEqualTo(
            "Port 15432 is in use: is the stack already running in another terminal? Set"
                + " LOCAL_PG_PORT to use another port.");
    assertThat(StackPorts.inUseMessage(8083, "chat-service", ""))
        .isEqualTo(
            "Port 8083 (chat-service) is in use: is the stack already running in another"
                + " terminal?");
  }

  @Test
  void aPortIsInUseWhileSomethingListensOnIt() throws Exception {
    int port;
    try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = listening.getLocalPort();
      assertThat(StackPorts.inUse(port)).isTrue();
    }
    assertThat(StackPorts.inUse(port)).isFalse();
  }
}
