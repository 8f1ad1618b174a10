package dev.macai.localstack;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import java.net.URI;
import java.nio.file.Path;

/**
 * The AI providers as the WireMock mappings in {@code deploy/mock} simulate them (the same ones the
 * services' tests use), so a new user can try everything with no provider and no cost.
 */
final class ProviderSimulator implements AutoCloseable {

  static final int PORT = 8090;
  static final String MAPPINGS = "deploy/mock/ollama";

  private final WireMockServer server;

  private ProviderSimulator(WireMockServer server) {
    this.server = server;
  }

  static ProviderSimulator start(Path repoRoot) {
    WireMockServer server =
        new WireMockServer(
            options()
                .bindAddress("127.0.0.1")
                .port(PORT)
                .usingFilesUnderDirectory(repoRoot.resolve(MAPPINGS).toString())
                // Runs for days on a desktop: keep no journal of requests in memory.
                .disableRequestJournal()
                .notifier(new Slf4jNotifier(false)));
    server.start();
    return new ProviderSimulator(server);
  }

  URI baseUrl() {
    return URI.create("http://localhost:" + PORT);
  }

  @Override
  public void close() {
    server.stop();
  }
}
