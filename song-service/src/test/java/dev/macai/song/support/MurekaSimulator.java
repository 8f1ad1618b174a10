package dev.macai.song.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The Mureka simulator of {@code deploy/mock/mureka} (the mappings the local stack serves) in
 * WireMock on a free port; the Mureka client points at it. Tests reach the server through a field
 * annotated {@link InjectMurekaSimulator}, to count what the service sent.
 */
public class MurekaSimulator implements QuarkusTestResourceLifecycleManager {

  static final String ROOT = "../deploy/mock/mureka";

  private WireMockServer server;

  @Override
  public Map<String, String> start() {
    // Many jobs poll at once in the concurrency tests.
    server =
        new WireMockServer(
            options().dynamicPort().containerThreads(40).usingFilesUnderDirectory(ROOT));
    server.start();
    return Map.of("quarkus.rest-client.mureka.url", server.baseUrl());
  }

  @Override
  public void inject(TestInjector testInjector) {
    testInjector.injectIntoFields(
        server,
        new TestInjector.AnnotatedAndMatchesType(
            InjectMurekaSimulator.class, WireMockServer.class));
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
