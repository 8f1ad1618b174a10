package dev.macai.chat.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The provider simulator of {@code deploy/mock/ollama} (the same mappings the local stack serves)
 * in WireMock on a free port; the service's Ollama client points at it. Tests reach the server
 * through a field annotated {@link InjectProviderSimulator}.
 */
public class ProviderSimulator implements QuarkusTestResourceLifecycleManager {

  static final String MAPPINGS = "../deploy/mock/ollama";

  private WireMockServer server;

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort().usingFilesUnderDirectory(MAPPINGS));
    server.start();
    return Map.of("quarkus.rest-client.ollama.url", server.baseUrl());
  }

  @Override
  public void inject(TestInjector testInjector) {
    testInjector.injectIntoFields(
        server,
        new TestInjector.AnnotatedAndMatchesType(
            InjectProviderSimulator.class, WireMockServer.class));
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
