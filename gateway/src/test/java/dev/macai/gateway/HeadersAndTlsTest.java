package dev.macai.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.macai.gateway.support.GatewayClient;
import dev.macai.gateway.support.GatewayTest;
import dev.macai.testkit.tokens.TestTokens;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** TLS, the HTTP redirect, security headers and request ids on every kind of answer. */
class HeadersAndTlsTest extends GatewayTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"/", "/main-AB12CD34.js", "/api/v1/sketches", "/api/v1/health", "/api/v1/nowhere"})
  void securityHeadersOnPagesApiAndErrors(String path) {
    HttpResponse<String> response = client.get(path);

    assertThat(response.headers().firstValue("Strict-Transport-Security"))
        .hasValue("max-age=63072000");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(response.headers().firstValue("Permissions-Policy").orElseThrow())
        .contains("camera=()");
    assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
    // No version for scanners to match against.
    assertThat(response.headers().firstValue("Server")).hasValue("nginx");
  }

  @Test
  void theOnlyInlineScriptAllowedIsAngularsStylesheetSwap() throws Exception {
    // Angular's production index.html: <link ... media="print" onload="this.media='all'">.
    String handlerHash =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest("this.media='all'".getBytes(StandardCharsets.UTF_8)));

    String policy = client.get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
    String scriptSrc =
        policy.substring(
            policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src")));

    assertThat(scriptSrc)
        .isEqualTo("script-src 'self' 'unsafe-hashes' 'sha256-" + handlerHash + "'");
  }

  @Test
  void aRequestNginxCannotParseGetsAProblem400WithoutVersion() {
    HttpResponse<String> response = client.get("/etc/passwd%00");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("\"status\":400").doesNotContainPattern("nginx/\\d");
  }

  @Test
  void aRequestIdIsGeneratedWhenAbsentAndReturned() {
    HttpResponse<String> response =
        client.getWithToken("/api/v1/sketches", TestTokens.valid(UUID.randomUUID(), "user"));

    String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(requestId).matches("[0-9a-f]{32}");
    services
        .service("catalog")
        .verify(
            getRequestedFor(urlPathEqualTo("/api/v1/sketches"))
                .withHeader("X-Request-Id", equalTo(requestId)));
  }

  @Test
  void aClientRequestIdIsPassedOnAndLogged() {
    String requestId = "ui-" + UUID.randomUUID();
    HttpResponse<String> response =
        client.send(
            client
                .request("/api/v1/sketches")
                .header("Authorization", "Bearer " + TestTokens.valid(UUID.randomUUID(), "user"))
                .header("X-Request-Id", requestId)
                .GET()
                .build());

    assertThat(response.headers().firstValue("X-Request-Id")).hasValue(requestId);
    services
        .service("catalog")
        .verify(
            getRequestedFor(urlPathEqualTo("/api/v1/sketches"))
                .withHeader("X-Request-Id", equalTo(requestId)));
  }

  @Test
  void aRequestIdThatCouldInjectIntoLogsIsReplaced() {
    HttpResponse<String> response =
        client.send(
            client.request("/api/v1/health").header("X-Request-Id", "x\" injected").GET().build());

    assertThat(response.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f]{32}");
  }

  @Test
  void theAccessLogIsJsonWithRequestIdUserAndUpstreamTime() {
    UUID user = UUID.randomUUID();
    client.getWithToken("/api/v1/conversations", TestTokens.valid(user, "user"));

    // nginx writes the line in its log phase, after the answer has gone out: poll for it.
    String line =
        await()
            .atMost(Duration.ofSeconds(5))
            .pollInterval(Duration.ofMillis(20))
            .until(
                () ->
                    gateway.accessLog().stream()
                        .filter(l -> l.contains(user.toString()))
                        .findFirst(),
                Optional::isPresent)
            .orElseThrow();
    assertThat(line)
        .startsWith("{")
        .endsWith("}")
        .contains(
            "\"path\":\"/api/v1/conversations\"", "\"status\":200", "\"user_id\":\"" + user + "\"")
        .containsPattern("\"request_id\":\"[0-9a-f]{32}\"")
        .containsPattern("\"upstream_time\":\"\\d+\\.\\d+\"");
  }

  @Test
  void plainHttpRedirectsToHttpsKeepingPathAndQuery() {
    HttpResponse<String> response = client.getPlainHttp("/ai-chat?x=1");

    assertThat(response.statusCode()).isEqualTo(301);
    assertThat(response.headers().firstValue("Location"))
        .hasValue("https://localhost:" + gateway.httpsPort() + "/ai-chat?x=1");
  }

  @Test
  void tls13IsNegotiatedAndHttp2Offered() {
    GatewayClient http2 = new GatewayClient(gateway, HttpClient.Version.HTTP_2, "TLSv1.3");

    HttpResponse<String> response = http2.get("/");

    assertThat(response.sslSession().orElseThrow().getProtocol()).isEqualTo("TLSv1.3");
    assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
  }

  @Test
  void tls12IsStillAllowed() {
    HttpResponse<String> response =
        new GatewayClient(gateway, HttpClient.Version.HTTP_1_1, "TLSv1.2").get("/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.sslSession().orElseThrow().getProtocol()).isEqualTo("TLSv1.2");
  }

  @ParameterizedTest(name = "{0} refused")
  @ValueSource(strings = {"-tls1", "-tls1_1"})
  void oldTlsVersionsAreRefusedByTheServer(String version) throws Exception {
    // openssl at security level 0 offers the old protocols (the JDK would refuse them itself),
    // so a failed handshake here is the server's refusal.
    Process openssl =
        new ProcessBuilder(
                "openssl",
                "s_client",
                "-connect",
                "127.0.0.1:" + gateway.httpsPort(),
                version,
                "-cipher",
                "DEFAULT@SECLEVEL=0",
                "-servername",
                "localhost")
            .redirectErrorStream(true)
            .start();
    openssl.getOutputStream().close();
    String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(openssl.waitFor(20, TimeUnit.SECONDS)).isTrue();

    assertThat(openssl.exitValue()).as(output).isNotZero();
    assertThat(output)
        .containsAnyOf("alert protocol version", "unsupported protocol", "no protocols available");
    assertThat(output).doesNotContain("BEGIN CERTIFICATE");
  }

  @Test
  void theSameOpensslDoesCompleteAModernHandshake() throws IOException, InterruptedException {
    Process openssl =
        new ProcessBuilder(
                "openssl",
                "s_client",
                "-connect",
                "127.0.0.1:" + gateway.httpsPort(),
                "-tls1_3",
                "-servername",
                "localhost")
            .redirectErrorStream(true)
            .start();
    openssl.getOutputStream().close();
    String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    openssl.waitFor(20, TimeUnit.SECONDS);

    assertThat(output).contains("TLSv1.3");
  }
}
