package dev.macai.testkit.simulator;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.SingleRootFileSource;
import com.github.tomakehurst.wiremock.common.filemaker.FilenameMaker;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.standalone.JsonFileMappingsSource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A provider simulator of {@code deploy/mock} (the same mappings the local stack serves) in
 * WireMock on a free port, with the service's REST clients pointed at it. A service names, in a
 * subclass, the WireMock root (mappings and response files), further mapping folders and the
 * clients; tests reach the server through a field annotated {@link InjectSimulator}.
 */
public abstract class SimulatorResource implements QuarkusTestResourceLifecycleManager {

  private final String root;
  private final List<String> extraMappings;
  private final List<String> clients;
  private final int threads;
  private WireMockServer server;

  /**
   * @param root a WireMock root ({@code mappings/}, {@code __files/}) relative to the module, or
   *     null for none
   * @param extraMappings further {@code mappings} folders, loaded beside the root's
   * @param clients the REST client config keys ({@code openai}) whose {@code url} points here
   * @param threads request threads; many jobs polling at once need more than WireMock's default
   */
  protected SimulatorResource(
      String root, List<String> extraMappings, List<String> clients, int threads) {
    this.root = root;
    this.extraMappings = extraMappings;
    this.clients = clients;
    this.threads = threads;
  }

  @Override
  public Map<String, String> start() {
    WireMockConfiguration options = options().dynamicPort().containerThreads(threads);
    server = new WireMockServer(root == null ? options : options.usingFilesUnderDirectory(root));
    for (String mappings : extraMappings) {
      server.loadMappingsUsing(
          new JsonFileMappingsSource(new SingleRootFileSource(mappings), new FilenameMaker()));
    }
    server.start();
    Map<String, String> config = new LinkedHashMap<>();
    for (String client : clients) {
      config.put("quarkus.rest-client." + client + ".url", server.baseUrl());
    }
    return config;
  }

  @Override
  public void inject(TestInjector testInjector) {
    testInjector.injectIntoFields(
        server,
        new TestInjector.AnnotatedAndMatchesType(InjectSimulator.class, WireMockServer.class));
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
