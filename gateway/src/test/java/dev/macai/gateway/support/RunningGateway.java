package dev.macai.gateway.support;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.macai.testkit.tokens.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The system nginx running the gateway configuration rendered from the templates, in a temporary
 * prefix of its own (config, TLS certificate, web root, logs) on free loopback ports, in the
 * foreground as a child process. Tests that need nginx are skipped when it is not installed; CI
 * installs it.
 */
public final class RunningGateway implements AutoCloseable {

  /** Debian/Ubuntu package location; NGINX_BINARY overrides it (e.g. Homebrew's). */
  public static final Path DEFAULT_NGINX = Path.of("/usr/sbin/nginx");

  private static final Path DEFAULT_JS_MODULE =
      Path.of("/usr/lib/nginx/modules/ngx_http_js_module.so");

  private final Path prefix;
  private final Process process;
  private final int httpPort;
  private final int httpsPort;
  private final TlsCertificate certificate;

  private RunningGateway(
      Path prefix, Process process, int httpPort, int httpsPort, TlsCertificate certificate) {
    this.prefix = prefix;
    this.process = process;
    this.httpPort = httpPort;
    this.httpsPort = httpsPort;
    this.certificate = certificate;
  }

  public static Builder builder(FakeServices services) {
    return new Builder(services.addresses());
  }

  public static Path nginxBinary() {
    String configured = System.getenv("NGINX_BINARY");
    return configured != null && !configured.isBlank() ? Path.of(configured) : DEFAULT_NGINX;
  }

  /**
   * Fails the calling test when no nginx is installed: a gateway test that did not run is not a
   * pass. {@code ./test} installs it on Debian/Ubuntu.
   */
  public static void requireNginx() {
    assertTrue(
        Files.isExecutable(nginxBinary()),
        "nginx not installed at "
            + nginxBinary()
            + ", so the gateway cannot be tested. ./test installs it; by hand: `apt-get install -y"
            + " nginx libnginx-mod-http-js` (or set NGINX_BINARY).");
  }

  private static Path jsModule() {
    String configured = System.getenv("NGINX_JS_MODULE");
    Path module =
        configured != null && !configured.isBlank() ? Path.of(configured) : DEFAULT_JS_MODULE;
    if (!Files.isRegularFile(module)) {
      throw new IllegalStateException(
          "nginx is installed but its njs module is not at "
              + module
              + ": apt-get install -y libnginx-mod-http-js (or set NGINX_JS_MODULE)");
    }
    return module;
  }

  public URI https(String pathAndQuery) {
    return URI.create("https://localhost:" + httpsPort + pathAndQuery);
  }

  public URI http(String pathAndQuery) {
    return URI.create("http://localhost:" + httpPort + pathAndQuery);
  }

  public int httpsPort() {
    return httpsPort;
  }

  public TlsCertificate certificate() {
    return certificate;
  }

  /** nginx's working files: pid, temp directories, the token-check cache. */
  public Path stateDirectory() {
    return prefix.resolve("state");
  }

  public Path webRoot() {
    return prefix.resolve("www");
  }

  public String errorLog() {
    return readOrEmpty(prefix.resolve("logs/error.log"));
  }

  public List<String> accessLog() {
    return readOrEmpty(prefix.resolve("logs/access.log")).lines().toList();
  }

  @Override
  public void close() {
    // SIGTERM: nginx's fast shutdown.
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    deleteRecursively(prefix);
  }

  /** Variables for a test run: the production defaults with loopback paths and ports. */
  public static final class Builder {
    private final Map<String, String> variables = new HashMap<>();

    private Builder(Map<String, String> upstreams) {
      upstreams.forEach(
          (name, address) -> variables.put(name.toUpperCase() + "_UPSTREAM", address));
      variables.put("NGINX_WORKER_PROCESSES", "1");
      variables.put("JWT_ISSUER", TestTokens.ISSUER);
      variables.put("JWT_CLOCK_SKEW_SECONDS", "30");
      // Generous limits so the tests of other things never hit them; LimitsTest sets real ones.
      variables.put("RATE_LIMIT_API", "1000r/s");
      variables.put("RATE_LIMIT_API_BURST", "1000");
      variables.put("RATE_LIMIT_LOGIN", "1000r/s");
      variables.put("RATE_LIMIT_LOGIN_BURST", "1000");
      variables.put("RATE_LIMIT_LOGIN_RETRY_AFTER", "12");
      variables.put("API_MAX_BODY", "1m");
      variables.put("UPLOAD_MAX_BODY", "20m");
      variables.put("HEALTH_TIMEOUT", "2s");
      variables.put("LLM_READ_TIMEOUT", "300s");
      variables.put("SSE_READ_TIMEOUT", "3600s");
      variables.put("CORS_ALLOWED_ORIGINS", "");
      variables.put("SWAGGER_UI_ENABLED", "false");
      variables.put("SERVER_NAME", "localhost");
    }

    public Builder variable(String name, String value) {
      variables.put(name, value);
      return this;
    }

    public Builder upstream(String service, String address) {
      return variable(service.toUpperCase() + "_UPSTREAM", address);
    }

    public RunningGateway start() throws IOException {
      requireNginx();
      Path prefix = Files.createTempDirectory("gateway-test-");
      for (String directory : List.of("conf", "state", "logs", "www", "tls")) {
        Files.createDirectories(prefix.resolve(directory));
      }
      TlsCertificate certificate = TlsCertificate.generate(prefix.resolve("tls"));
      WebRoot.writeStub(prefix.resolve("www"));
      int[] ports = freePorts(2);
      int httpPort = ports[0];
      int httpsPort = ports[1];
      Map<String, String> all = new HashMap<>(variables);
      all.put("NGINX_JS_MODULE", jsModule().toString());
      all.put("NGINX_WORKER_USER", System.getProperty("user.name"));
      all.put("NGINX_STATE_DIR", prefix.resolve("state").toString());
      all.put("JWT_VERIFIER_SOCKET", prefix.resolve("state/jwt-verifier.sock").toString());
      all.put("NGINX_ERROR_LOG", prefix.resolve("logs/error.log").toString());
      all.put("NGINX_ACCESS_LOG", prefix.resolve("logs/access.log").toString());
      all.put("NJS_DIR", GatewayFiles.njs().toString());
      all.put("WEBUI_ROOT", prefix.resolve("www").toString());
      all.put("TLS_CERTIFICATE", certificate.certificate().toString());
      all.put("TLS_CERTIFICATE_KEY", certificate.privateKey().toString());
      all.put("GATEWAY_HTTP_LISTEN", "127.0.0.1:" + httpPort);
      all.put("GATEWAY_HTTPS_LISTEN", "127.0.0.1:" + httpsPort);
      all.putIfAbsent("GATEWAY_HTTPS_PUBLIC_PORT", Integer.toString(httpsPort));
      all.putIfAbsent("JWT_PUBLIC_KEY_SPKI", PublicKeys.spkiBase64(TestTokens.publicKeyPem()));
      NginxTemplates.ofThisModule().renderInto(prefix.resolve("conf"), all);

      Process process =
          new ProcessBuilder(
                  nginxBinary().toString(),
                  "-p",
                  prefix.toString(),
                  "-c",
                  prefix.resolve("conf/nginx.conf").toString(),
                  "-e",
                  prefix.resolve("logs/error.log").toString(),
                  "-g",
                  "daemon off;")
              .redirectErrorStream(true)
              .redirectOutput(prefix.resolve("logs/nginx.out").toFile())
              .start();
      RunningGateway gateway =
          new RunningGateway(prefix, process, httpPort, httpsPort, certificate);
      // nginx outlives a JVM that dies without running @AfterAll; this takes it down too.
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "stop-test-nginx"));
      try {
        await()
            .atMost(Duration.ofSeconds(15))
            .pollInterval(Duration.ofMillis(50))
            .until(() -> gateway.failedToStart() || listening(httpsPort) && listening(httpPort));
      } catch (RuntimeException e) {
        gateway.close();
        throw e;
      }
      if (gateway.failedToStart()) {
        String output = readOrEmpty(prefix.resolve("logs/nginx.out")) + "\n" + gateway.errorLog();
        gateway.close();
        throw new IllegalStateException("nginx did not start:\n" + output);
      }
      return gateway;
    }
  }

  private boolean failedToStart() {
    return !process.isAlive();
  }

  public static int freePort() throws IOException {
    return freePorts(1)[0];
  }

  /**
   * {@code count} distinct free ports: all sockets stay open until each has its port, since one
   * closed before the next is opened may be handed out again (then nginx merges the plain and the
   * TLS listener into one socket and refuses to start).
   */
  private static int[] freePorts(int count) throws IOException {
    ServerSocket[] sockets = new ServerSocket[count];
    try {
      int[] ports = new int[count];
      for (int i = 0; i < count; i++) {
        sockets[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        ports[i] = sockets[i].getLocalPort();
      }
      return ports;
    } finally {
      for (ServerSocket socket : sockets) {
        if (socket != null) {
          socket.close();
        }
      }
    }
  }

  private static boolean listening(int port) {
    try (Socket probe = new Socket()) {
      probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }

  private static String readOrEmpty(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.deleteIfExists(path);
                } catch (IOException ignored) {
                  // A leftover temp file is harmless.
                }
              });
    } catch (IOException ignored) {
      // Same.
    }
  }
}
