package dev.macai.chat.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.SingleRootFileSource;
import com.github.tomakehurst.wiremock.common.filemaker.FilenameMaker;
import com.github.tomakehurst.wiremock.standalone.JsonFileMappingsSource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The provider simulator of {@code deploy/mock/ollama} and {@code deploy/mock/openai} (the same
 * mappings the local stack serves, from one WireMock root: their paths {@code /api/...} and {@code
 * /v1/...} do not clash) in WireMock on a free port; the Ollama and OpenAI clients point at it.
 * Tests reach the server through a field annotated {@link InjectProviderSimulator}.
 */
public class ProviderSimulator implements QuarkusTestResourceLifecycleManager {

  static final String MAPPINGS = "../deploy/mock/ollama";
  static final String OPENAI_MAPPINGS = "../deploy/mock/openai/mappings";

  private WireMockServer server;

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort().usingFilesUnderDirectory(MAPPINGS));
    server.loadMappingsUsing(
        new JsonFileMappingsSource(new SingleRootFileSource(OPENAI_MAPPINGS), new FilenameMaker()));
    server.start();
    return Map.of(
        "quarkus.rest-client.ollama.url",
        server.baseUrl(),
        "quarkus.rest-client.openai.url",
        server.baseUrl());
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
