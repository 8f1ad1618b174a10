package dev.macai.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local gateway configuration: rendered completely, and valid for the installed nginx. */
class GatewayProcessTest {

  // Surefire runs in deploy/local-stack.
  private static final Path REPO_ROOT = Path.of("../..").toAbsolutePath().normalize();

  @TempDir Path local;

  @Test
  void rendersEveryTemplateWithNoPlaceholderLeft() throws Exception {
    Map<String, String> variables =
        variablesFor(new NginxInstallation(Path.of("/x/nginx"), Path.of("/x/js.so")));

    GatewayProcess.render(
        REPO_ROOT.resolve(GatewayProcess.TEMPLATES), local.resolve("conf"), variables);

    try (var files = Files.list(local.resolve("conf"))) {
      assertThat(files.toList())
          .isNotEmpty()
          .allSatisfy(f -> assertThat(Files.readString(f)).doesNotContainPattern("\\$\\{[A-Z]"));
    }
    assertThat(Files.readString(local.resolve("conf/gateway.conf")))
        .contains("server 127.0.0.1:8081;", "server 127.0.0.1:8085;", "listen 8443 ssl");
  }

  @Test
  void makesASelfSignedCertificateOnceAndKeepsIt() throws Exception {
    TlsFiles first = TlsFiles.ensure(local.resolve("tls"));
    String certificate = Files.readString(first.certificate());

    TlsFiles second = TlsFiles.ensure(local.resolve("tls"));

    assertThat(certificate).startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(Files.readString(second.certificate())).isEqualTo(certificate);
  }

  @Test
  void servesAPlaceholderPageWhenTheWebUiIsNotBuilt() throws Exception {
    Path root = GatewayProcess.webRoot(local, local.resolve("nginx"));

    assertThat(Files.readString(root.resolve("index.html"))).contains("web UI is not built");
  }

  @Test
  void theInstalledNginxAcceptsTheRenderedConfiguration() throws Exception {
    Optional<NginxInstallation> nginx = NginxInstallation.find(new ArrayList<>());
    // Not skipped without nginx: ./test installs it, and an untested gateway is not a pass.
    assertThat(nginx).as("nginx with njs (./test installs it on Debian/Ubuntu)").isPresent();
    Map<String, String> variables = variablesFor(nginx.get());
    Path conf = local.resolve("nginx/conf");
    GatewayProcess.render(REPO_ROOT.resolve(GatewayProcess.TEMPLATES), conf, variables);

    Process test =
        new ProcessBuilder(
                nginx.get().binary().toString(),
                "-t",
                "-p",
                local.resolve("nginx").toString(),
                "-c",
                conf.resolve("nginx.conf").toString(),
                "-e",
                variables.get("NGINX_ERROR_LOG"))
            .redirectErrorStream(true)
            .start();
    String output = new String(test.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(test.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(test.exitValue()).as(output).isZero();
  }

  private Map<String, String> variablesFor(NginxInstallation nginx) throws Exception {
    Path publicKey = local.resolve("jwt/public.pem");
    SigningKeyPair.ensure(local.resolve("jwt/private.pem"), publicKey);
    Files.createDirectories(local.resolve("nginx/state"));
    Files.createDirectories(local.resolve("logs"));
    return GatewayProcess.variables(
        nginx,
        REPO_ROOT,
        local,
        publicKey,
        List.of(new LocalService("auth-service", 8081, "auth")),
        GatewayProcess.webRoot(local, local.resolve("nginx")));
  }
}
