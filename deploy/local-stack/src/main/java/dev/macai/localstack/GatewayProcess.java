package dev.macai.localstack;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The nginx gateway in front of the local services: its templates ({@code gateway/nginx/templates})
 * rendered into {@code .local/nginx/conf} the way the production image renders them, a self-signed
 * certificate in {@code .local/tls} (made once with openssl), the web UI build or a placeholder
 * page, nginx in the foreground as a child process.
 */
final class GatewayProcess {

  static final int HTTP_PORT = 8080;
  static final int HTTPS_PORT = 8443;
  static final String TEMPLATES = "gateway/nginx/templates";
  static final String NJS = "gateway/njs";
  static final String WEBUI_BUILD = "webui/dist/webui/browser";
  private static final String SUFFIX = ".template";
  private static final int MAX_SOCKET_PATH = 100;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

  private final Process process;
  private final Path log;

  private GatewayProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static GatewayProcess start(
      NginxInstallation nginx,
      Path repoRoot,
      Path localState,
      Path jwtPublicKey,
      List<LocalService> services)
      throws IOException {
    Path prefix = localState.resolve("nginx");
    Path conf = prefix.resolve("conf");
    Path logs = localState.resolve("logs");
    Files.createDirectories(prefix.resolve("state"));
    Files.createDirectories(logs);
    Map<String, String> variables =
        variables(nginx, repoRoot, localState, jwtPublicKey, services, webRoot(repoRoot, prefix));
    // A run killed with -9 leaves the verifier's socket behind; nginx cannot bind over it.
    Files.deleteIfExists(Path.of(variables.get("JWT_VERIFIER_SOCKET")));
    render(repoRoot.resolve(TEMPLATES), conf, variables);
    Path log = logs.resolve("gateway.log");
    Process process =
        new ProcessBuilder(
                nginx.binary().toString(),
                "-p",
                prefix.toString(),
                "-c",
                conf.resolve("nginx.conf").toString(),
                "-e",
                variables.get("NGINX_ERROR_LOG"),
                "-g",
                "daemon off;")
            .redirectErrorStream(true)
            .redirectOutput(Redirect.appendTo(log.toFile()))
            .start();
    return new GatewayProcess(process, log);
  }

  /**
   * Every variable the templates read, with its local value. One flat list, long on purpose: it is
   * read against the templates line by line, and GatewayProcessTest fails on any one missing.
   */
  static Map<String, String> variables(
      NginxInstallation nginx,
      Path repoRoot,
      Path localState,
      Path jwtPublicKey,
      List<LocalService> services,
      Path webRoot)
      throws IOException {
    Path prefix = localState.resolve("nginx");
    TlsFiles tls = TlsFiles.ensure(localState.resolve("tls"));
    Map<String, String> variables = new HashMap<>();
    variables.put("NGINX_JS_MODULE", nginx.jsModule().toString());
    // A root launcher keeps its workers as root: they read files under the user's checkout.
    variables.put("NGINX_WORKER_USER", System.getProperty("user.name"));
    variables.put("NGINX_WORKER_PROCESSES", "1");
    variables.put("NGINX_STATE_DIR", prefix.resolve("state").toString());
    variables.put("JWT_VERIFIER_SOCKET", verifierSocket(prefix).toString());
    variables.put("NGINX_ERROR_LOG", localState.resolve("logs/gateway-error.log").toString());
    variables.put("NGINX_ACCESS_LOG", localState.resolve("logs/gateway-access.log").toString());
    variables.put("NJS_DIR", repoRoot.resolve(NJS).toString());
    variables.put("WEBUI_ROOT", webRoot.toString());
    variables.put("SERVER_NAME", "localhost");
    variables.put("GATEWAY_HTTP_LISTEN", Integer.toString(HTTP_PORT));
    variables.put("GATEWAY_HTTPS_LISTEN", Integer.toString(HTTPS_PORT));
    variables.put("GATEWAY_HTTPS_PUBLIC_PORT", Integer.toString(HTTPS_PORT));
    variables.put("TLS_CERTIFICATE", tls.certificate().toString());
    variables.put("TLS_CERTIFICATE_KEY", tls.privateKey().toString());
    // Every service of ARCHITECTURE §2 on its dev port, running or not yet built (then 502).
    Map<String, Integer> ports =
        Map.of("AUTH", 8081, "CATALOG", 8082, "CHAT", 8083, "IMAGE", 8084, "SONG", 8085);
    ports.forEach((name, port) -> variables.put(name + "_UPSTREAM", "127.0.0.1:" + port));
    for (LocalService service : services) {
      variables.put(service.schema().toUpperCase() + "_UPSTREAM", "127.0.0.1:" + service.port());
    }
    variables.put("JWT_PUBLIC_KEY_SPKI", spkiBase64(Files.readString(jwtPublicKey)));
    variables.put("JWT_ISSUER", "mac-ai-service");
    variables.put("JWT_CLOCK_SKEW_SECONDS", "30");
    variables.put("RATE_LIMIT_API", "5r/s");
    variables.put("RATE_LIMIT_API_BURST", "20");
    variables.put("RATE_LIMIT_LOGIN", "5r/m");
    variables.put("RATE_LIMIT_LOGIN_BURST", "4");
    variables.put("RATE_LIMIT_LOGIN_RETRY_AFTER", "12");
    variables.put("API_MAX_BODY", "1m");
    variables.put("UPLOAD_MAX_BODY", "20m");
    variables.put("HEALTH_TIMEOUT", "3s");
    variables.put("LLM_READ_TIMEOUT", "300s");
    variables.put("SSE_READ_TIMEOUT", "3600s");
    // UI and API share the gateway's origin; `ng serve` proxies, so no CORS origin is needed.
    variables.put("CORS_ALLOWED_ORIGINS", "");
    // The app's origin serves no Swagger UI, as in production (the attack suite checks it); each
    // service's own /q/swagger-ui on 127.0.0.1, listed in the banner, is on (ServiceEnvironment).
    variables.put("SWAGGER_UI_ENABLED", "false");
    // Anything the developer exported (e.g. RATE_LIMIT_API=50r/s ./run) wins.
    variables.replaceAll((name, value) -> System.getenv().getOrDefault(name, value));
    return variables;
  }

  /**
   * The njs verifier's socket: in the state directory unless a deep checkout makes that path longer
   * than a unix socket path may be (104 bytes on macOS), then in the temp directory.
   */
  static Path verifierSocket(Path prefix) {
    Path inState = prefix.resolve("state/jwt-verifier.sock");
    if (inState.toString().length() <= MAX_SOCKET_PATH) {
      return inState;
    }
    return Path.of(
        System.getProperty("java.io.tmpdir"),
        "macai-jwt-verifier-" + System.getProperty("user.name") + ".sock");
  }

  /** The Angular build when there is one, else a page saying how to build it. */
  static Path webRoot(Path repoRoot, Path prefix) throws IOException {
    Path build = repoRoot.resolve(WEBUI_BUILD);
    if (Files.isRegularFile(build.resolve("index.html"))) {
      return build;
    }
    Path placeholder = prefix.resolve("placeholder");
    Files.createDirectories(placeholder);
    Files.writeString(
        placeholder.resolve("index.html"),
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Mac AI Service</title></head>"
            + "<body><h1>Mac AI Service</h1><p>The gateway is running, but the web UI is not"
            + " built. Build it with <code>cd webui &amp;&amp; npm ci &amp;&amp; npm run build</code>"
            + " and reload. The API is at <code>/api/v1/</code>; health at"
            + " <a href=\"/api/v1/health\">/api/v1/health</a>.</p></body></html>",
        StandardCharsets.UTF_8);
    return placeholder;
  }

  /** envsubst as the official image runs it: only the given variables, nginx's $vars untouched. */
  static void render(Path templates, Path target, Map<String, String> variables)
      throws IOException {
    Files.createDirectories(target);
    List<Path> files;
    try (Stream<Path> listing = Files.list(templates)) {
      files = listing.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      Matcher matcher = PLACEHOLDER.matcher(Files.readString(file, StandardCharsets.UTF_8));
      StringBuilder rendered = new StringBuilder();
      while (matcher.find()) {
        String value = variables.getOrDefault(matcher.group(1), matcher.group());
        matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
      }
      matcher.appendTail(rendered);
      Files.writeString(
          target.resolve(name.substring(0, name.length() - SUFFIX.length())),
          rendered,
          StandardCharsets.UTF_8);
    }
  }

  static String spkiBase64(String pem) {
    return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
  }

  Path log() {
    return log;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  int exitCode() {
    return process.exitValue();
  }

  CompletableFuture<Process> onExit() {
    return process.onExit();
  }

  /** SIGTERM (nginx's fast shutdown), then a kill after the timeout. */
  void stop(Duration timeout) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      process.waitFor(5, TimeUnit.SECONDS);
    }
  }
}
