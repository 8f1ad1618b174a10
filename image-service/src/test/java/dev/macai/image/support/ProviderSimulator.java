package dev.macai.image.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.SingleRootFileSource;
import com.github.tomakehurst.wiremock.common.filemaker.FilenameMaker;
import com.github.tomakehurst.wiremock.standalone.JsonFileMappingsSource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The OpenAI simulator of {@code deploy/mock/openai} (the mappings the local stack serves) in
 * WireMock on a free port; the OpenAI clients point at it. Tests reach the server through a field
 * annotated {@link InjectProviderSimulator}.
 */
public class ProviderSimulator implements QuarkusTestResourceLifecycleManager {

  static final String OPENAI_MAPPINGS = "../deploy/mock/openai/mappings";

  private WireMockServer server;

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort());
    server.loadMappingsUsing(
        new JsonFileMappingsSource(new SingleRootFileSource(OPENAI_MAPPINGS), new FilenameMaker()));
    server.start();
    return Map.of("quarkus.rest-client.openai.url", server.baseUrl());
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
