package dev.macai.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The five services as WireMock servers on free loopback ports. By default each answers every
 * request with 200, a JSON body and an {@code X-Upstream} header naming itself, and its readiness
 * endpoint with UP, so a test sees which service a route reached.
 */
public final class FakeServices implements AutoCloseable {

  public static final List<String> NAMES = List.of("auth", "catalog", "chat", "image", "song");

  private final Map<String, WireMockServer> servers = new LinkedHashMap<>();

  private FakeServices() {}

  public static FakeServices start() {
    FakeServices services = new FakeServices();
    for (String name : NAMES) {
      WireMockServer server =
          new WireMockServer(
              WireMockConfiguration.options()
                  .dynamicPort()
                  .bindAddress("127.0.0.1")
                  // nginx must do the compressing; an upstream doing it would hide that.
                  .gzipDisabled(true)
                  .containerThreads(12));
      server.start();
      services.servers.put(name, server);
    }
    services.resetToDefaults();
    return services;
  }

  public WireMockServer service(String name) {
    WireMockServer server = servers.get(name);
    if (server == null) {
      throw new IllegalArgumentException("no fake service " + name);
    }
    return server;
  }

  /** {@code 127.0.0.1:port} of every service, keyed by name. */
  public Map<String, String> addresses() {
    Map<String, String> addresses = new LinkedHashMap<>();
    servers.forEach((name, server) -> addresses.put(name, "127.0.0.1:" + server.port()));
    return addresses;
  }

  public void resetToDefaults() {
    servers.forEach(
        (name, server) -> {
          server.resetAll();
          server.stubFor(
              any(anyUrl())
                  .atPriority(10)
                  .willReturn(
                      okJson("{\"service\":\"" + name + "\"}").withHeader("X-Upstream", name)));
          server.stubFor(
              get(urlPathEqualTo("/q/health/ready"))
                  .atPriority(1)
                  .willReturn(okJson("{\"status\":\"UP\",\"checks\":[]}")));
        });
  }

  /** A readiness endpoint answering 503 DOWN, as Quarkus does when a check fails. */
  public void makeNotReady(String name) {
    service(name)
        .stubFor(
            get(urlPathEqualTo("/q/health/ready"))
                .atPriority(1)
                .willReturn(
                    aResponse()
                        .withStatus(503)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"DOWN\",\"checks\":[]}")));
  }

  @Override
  public void close() {
    servers.values().forEach(WireMockServer::stop);
  }
}
