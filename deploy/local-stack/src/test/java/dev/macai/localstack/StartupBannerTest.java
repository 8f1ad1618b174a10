package dev.macai.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The text a new user reads first, for a stack with everything simulated and with real parts. */
class StartupBannerTest {

  private static final List<LocalService> SERVICES =
      List.of(
          new LocalService("auth-service", 8081, "auth"),
          new LocalService("catalog-service", 8082, "catalog"));

  @Test
  void everythingSimulatedWithoutTheGateway() {
    StartupBanner banner =
        banner(
            Optional.of("nginx is not installed"),
            new ProviderSelection(Map.of()),
            Optional.of(URI.create("http://localhost:8090")),
            Optional.of("http://127.0.0.1:8091"));

    assertThat(banner.lines())
        .containsExactly(
            "",
            "Mac AI Service is running (started in 41.2 s)",
            "  Gateway          not started (nginx is not installed)",
            "  auth-service     http://127.0.0.1:8081   Swagger UI: http://127.0.0.1:8081/q/swagger-ui",
            "  catalog-service  http://127.0.0.1:8082   Swagger UI: http://127.0.0.1:8082/q/swagger-ui",
            "  PostgreSQL       localhost:15432/macai",
            "  Ollama           http://localhost:8090 (simulator; OLLAMA_BASE_URL=... ./run for a"
                + " real one)",
            "  OpenAI           http://localhost:8090 (simulator; OPENAI_API_KEY=... ./run for the"
                + " real one)",
            "  Redis            localhost:16379 (embedded)",
            "  Mureka           http://localhost:8090 (simulator; MUREKA_API_KEY=... ./run for the"
                + " real one)",
            "  S3               http://127.0.0.1:8091 bucket mac-ai-images (S3Proxy; S3_BUCKET=..."
                + " ./run for a real one)",
            "  Logs             .local/logs/",
            "",
            "First time? POST /api/v1/user/create to auth-service (see the README's Try it): the"
                + " first account becomes the admin.",
            "The simulator answers by magic strings (no key, no cost):",
            "  image prompt     0001 an image · 0002 OpenAI refuses the key · fault-policy,"
                + " fault-slow",
            "  song lyrics      0001 done in 1 s · 0002 key refused · 0003 fails · 0007"
                + " rate-limited",
            "  song style       30s keeps the job running for 30 s",
            "Press Ctrl-C to stop.");
  }

  @Test
  void withTheGatewayTheUserIsSentToTheBrowser() {
    StartupBanner banner =
        banner(
            Optional.empty(),
            new ProviderSelection(Map.of()),
            Optional.of(URI.create("http://localhost:8090")),
            Optional.of("http://127.0.0.1:8091"));

    assertThat(banner.lines())
        .contains(
            "  Gateway          https://localhost:8443/ (certificate .local/tls/tls.crt,"
                + " self-signed unless replaced; http://localhost:8080 redirects)",
            "First time? Open https://localhost:8443/ and choose \"create account\": the first"
                + " account becomes the admin.");
  }

  @Test
  void realProvidersAndARealBucketAreShownWithoutSimulatorHints() {
    StartupBanner banner =
        banner(
            Optional.empty(),
            new ProviderSelection(
                Map.of(
                    "OLLAMA_BASE_URL", "http://localhost:11434",
                    "OPENAI_API_KEY", "sk-real",
                    "MUREKA_API_KEY", "mk-real",
                    "MUREKA_BASE_URL", "https://mureka.example",
                    "S3_BUCKET", "real-bucket")),
            Optional.empty(),
            Optional.empty());

    assertThat(banner.lines())
        .contains(
            "  Ollama           http://localhost:11434",
            "  OpenAI           https://api.openai.com",
            "  Mureka           https://mureka.example",
            "  S3               real-bucket at AWS")
        .noneMatch(line -> line.contains("simulator") || line.contains("sk-real"));
  }

  @Test
  void aPendingSetupTokenIsShownRightAfterTheFirstSteps() {
    StartupBanner banner =
        new StartupBanner(
            Duration.ofSeconds(3),
            Optional.empty(),
            SERVICES,
            15432,
            "macai",
            16379,
            "embedded",
            new ProviderSelection(Map.of()),
            Optional.empty(),
            Optional.empty(),
            ".local/logs",
            Optional.of("ABCD-EFGH"));

    List<String> lines = banner.lines();
    int firstSteps =
        lines.indexOf(
            "First time? Open https://localhost:8443/ and choose \"create account\": the first"
                + " account becomes the admin.");
    assertThat(lines.get(firstSteps + 1))
        .isEqualTo(
            "First-admin setup token: ABCD-EFGH (the first account needs it, once; it is also in"
                + " .local/auth-setup-token)");
  }

  /** Only the simulated providers' magic strings: the others would not answer to them. */
  @Test
  void simulatorHintsOnlyForTheSimulatedProviders() {
    StartupBanner banner =
        banner(
            Optional.empty(),
            new ProviderSelection(Map.of("OPENAI_API_KEY", "sk-real")),
            Optional.of(URI.create("http://localhost:8090")),
            Optional.of("http://127.0.0.1:8091"));

    assertThat(banner.lines())
        .contains("The simulator answers by magic strings (no key, no cost):")
        .anyMatch(line -> line.startsWith("  song lyrics"))
        .noneMatch(line -> line.startsWith("  image prompt"));
  }

  private static StartupBanner banner(
      Optional<String> gatewayNotStartedBecause,
      ProviderSelection providers,
      Optional<URI> simulator,
      Optional<String> s3Endpoint) {
    return new StartupBanner(
        Duration.ofMillis(41_270),
        gatewayNotStartedBecause,
        SERVICES,
        15432,
        "macai",
        16379,
        "embedded",
        providers,
        simulator,
        s3Endpoint,
        ".local/logs",
        Optional.empty());
  }
}
