package dev.macai.localstack;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the launcher prints once everything is ready: where each part answers, which providers are
 * simulated and how to use real ones, and how to begin. Built as lines rather than printed, so the
 * text can be tested without starting anything.
 *
 * @param took from the launcher's start until every part was ready
 * @param gatewayNotStartedBecause empty when the gateway runs, else why it does not
 * @param simulator the provider simulator's base URL, when it runs (it does whenever a provider is
 *     simulated)
 * @param s3Endpoint the local S3Proxy's endpoint, when it runs
 * @param logs the log folder, relative to the repository root
 * @param setupToken auth-service's first-admin setup token, while no account exists
 */
record StartupBanner(
    Duration took,
    Optional<String> gatewayNotStartedBecause,
    List<LocalService> services,
    int postgresPort,
    String database,
    int redisPort,
    String redisKind,
    ProviderSelection providers,
    Optional<URI> simulator,
    Optional<String> s3Endpoint,
    String logs,
    Optional<String> setupToken) {

  // The first column is as wide as the longest service name plus a little, so the URLs line up.
  private static final String ROW = "  %-16s %s";

  /** The lines, without the {@code [stack]} prefix the console adds. */
  List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add("Mac AI Service is running (started in " + took.toMillis() / 100 / 10.0 + " s)");
    lines.add(gatewayRow());
    for (LocalService service : services) {
      lines.add(
          String.format(
              "  %-16s %s   Swagger UI: %s",
              service.name(), service.baseUrl(), service.swaggerUiUrl()));
    }
    lines.add(String.format("  %-16s localhost:%d/%s", "PostgreSQL", postgresPort, database));
    lines.addAll(providerRows());
    lines.add(String.format(ROW, "Logs", logs + "/"));
    lines.add("");
    lines.add(firstSteps());
    setupToken.ifPresent(
        token ->
            lines.add(
                "First-admin setup token: "
                    + token
                    + " (the first account needs it, once; it is also in .local/auth-setup-token)"));
    lines.addAll(simulatorHints());
    lines.add("Press Ctrl-C to stop.");
    return lines;
  }

  private String gatewayRow() {
    return gatewayNotStartedBecause
        .map(reason -> String.format("  %-16s not started (%s)", "Gateway", reason))
        .orElseGet(
            () ->
                String.format(
                    "  %-16s https://localhost:%d/ (certificate .local/tls/tls.crt, self-signed"
                        + " unless replaced; http://localhost:%d redirects)",
                    "Gateway", GatewayProcess.HTTPS_PORT, GatewayProcess.HTTP_PORT));
  }

  /** Where the providers and the stores answer: the simulator, a local server or the real one. */
  private List<String> providerRows() {
    String simulated = simulator.map(URI::toString).orElse("") + " (simulator; ";
    return List.of(
        String.format(
            ROW,
            "Ollama",
            providers.simulatedOllama()
                ? simulated + "OLLAMA_BASE_URL=... ./run for a real one)"
                : providers.variable("OLLAMA_BASE_URL").orElse(null)),
        String.format(
            ROW,
            "OpenAI",
            providers.simulatedOpenAi()
                ? simulated + "OPENAI_API_KEY=... ./run for the real one)"
                : providers.variable("OPENAI_BASE_URL").orElse("https://api.openai.com")),
        String.format("  %-16s localhost:%d (%s)", "Redis", redisPort, redisKind),
        String.format(
            ROW,
            "Mureka",
            providers.simulatedMureka()
                ? simulated + "MUREKA_API_KEY=... ./run for the real one)"
                : providers.variable("MUREKA_BASE_URL").orElse("https://api.mureka.ai")),
        String.format(ROW, "S3", s3Row()));
  }

  private String s3Row() {
    return s3Endpoint
        .map(
            endpoint ->
                endpoint
                    + " bucket "
                    + LocalS3.BUCKET
                    + " (S3Proxy; S3_BUCKET=... ./run for a real one)")
        .orElseGet(
            () ->
                providers.variable("S3_BUCKET").orElse(null)
                    + " at "
                    + providers.variable("S3_ENDPOINT").orElse("AWS"));
  }

  private String firstSteps() {
    return gatewayNotStartedBecause.isEmpty()
        ? "First time? Open https://localhost:"
            + GatewayProcess.HTTPS_PORT
            + "/ and choose \"create account\": the first account becomes the admin."
        : "First time? POST /api/v1/user/create to auth-service (see the README's Try it):"
            + " the first account becomes the admin.";
  }

  /** The simulator's magic strings (deploy/mock/README.md has them all). */
  private List<String> simulatorHints() {
    if (simulator.isEmpty()) {
      return List.of();
    }
    List<String> hints = new ArrayList<>();
    hints.add("The simulator answers by magic strings (no key, no cost):");
    if (providers.simulatedOpenAi()) {
      hints.add(
          "  image prompt     0001 an image · 0002 OpenAI refuses the key · fault-policy, fault-slow");
    }
    if (providers.simulatedMureka()) {
      hints.add(
          "  song lyrics      0001 done in 1 s · 0002 key refused · 0003 fails · 0007 rate-limited");
      hints.add("  song style       30s keeps the job running for 30 s");
    }
    return hints;
  }
}
