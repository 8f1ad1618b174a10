package dev.macai.gateway.support;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One nginx with the gateway configuration and the five fake services per test class (nginx starts
 * in milliseconds); the fakes go back to their default answers before every test.
 */
public abstract class GatewayTest {

  protected static FakeServices services;
  protected static RunningGateway gateway;
  protected static GatewayClient client;

  @BeforeAll
  static void startGateway() throws IOException {
    RunningGateway.requireNginx();
    services = FakeServices.start();
    try {
      gateway = RunningGateway.builder(services).start();
    } catch (RuntimeException | IOException e) {
      services.close();
      throw e;
    }
    client = new GatewayClient(gateway);
  }

  @AfterAll
  static void stopGateway() {
    if (gateway != null) {
      gateway.close();
      gateway = null;
    }
    if (services != null) {
      services.close();
      services = null;
    }
  }

  @BeforeEach
  void resetServices() {
    services.resetToDefaults();
  }
}
