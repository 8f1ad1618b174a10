package dev.macai.localstack;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.SingleRootFileSource;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.common.filemaker.FilenameMaker;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.standalone.JsonFileMappingsSource;
import java.net.URI;
import java.nio.file.Path;

/**
 * The AI providers as the WireMock mappings in {@code deploy/mock} simulate them (the same ones the
 * services' tests use), so a new user can try everything with no provider and no cost. One server
 * serves every provider: Ollama's paths are {@code /api/...}, OpenAI's {@code /v1/...}.
 */
final class ProviderSimulator implements AutoCloseable {

  static final int PORT = 8090;
  static final String MAPPINGS = "deploy/mock/ollama";
  // Only its mappings: they carry their bodies inline, so no __files root is needed for them.
  static final String OPENAI_MAPPINGS = "deploy/mock/openai/mappings";
  // Mureka's mappings carry their audio inline (base64Body) for the same reason.
  static final String MUREKA_MAPPINGS = "deploy/mock/mureka/mappings";

  /** Not a secret: the simulator accepts any key but "sk-invalid". */
  static final String OPENAI_KEY = "sk-local-simulator";

  /** Not a secret either: the Mureka simulator refuses only "mk-invalid" and a missing key. */
  static final String MUREKA_KEY = "mk-local-simulator";

  private final WireMockServer server;

  private ProviderSimulator(WireMockServer server) {
    this.server = server;
  }

  /**
   * {@code SIMULATOR_JOURNAL=<entries>} keeps that many requests for {@code GET /__admin/requests}
   * (the end-to-end run's provider contract reads what the services sent); unset, none: the stack
   * runs for days on a desktop and must not collect requests in memory.
   */
  static ProviderSimulator start(Path repoRoot) {
    String journal = System.getenv("SIMULATOR_JOURNAL");
    return start(
        repoRoot, PORT, journal == null || journal.isBlank() ? 0 : Integer.parseInt(journal));
  }

  /** On {@code port}; 0 picks a free one (tests). */
  static ProviderSimulator start(Path repoRoot, int port) {
    return start(repoRoot, port, 0);
  }

  static ProviderSimulator start(Path repoRoot, int port, int journalEntries) {
    WireMockConfiguration options =
        options()
            .bindAddress("127.0.0.1")
            .port(port)
            .usingFilesUnderDirectory(repoRoot.resolve(MAPPINGS).toString())
            .notifier(new Slf4jNotifier(false));
    if (journalEntries > 0) {
      options.maxRequestJournalEntries(journalEntries);
    } else {
      options.disableRequestJournal();
    }
    WireMockServer server = new WireMockServer(options);
    server.loadMappingsUsing(
        new JsonFileMappingsSource(
            new SingleRootFileSource(repoRoot.resolve(OPENAI_MAPPINGS).toFile()),
            new FilenameMaker()));
    server.loadMappingsUsing(
        new JsonFileMappingsSource(
            new SingleRootFileSource(repoRoot.resolve(MUREKA_MAPPINGS).toFile()),
            new FilenameMaker()));
    server.start();
    return new ProviderSimulator(server);
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  @Override
  public void close() {
    server.stop();
  }
}
