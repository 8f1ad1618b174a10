package dev.macai.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.gateway.support.FakeServices;
import dev.macai.gateway.support.GatewayClient;
import dev.macai.gateway.support.RunningGateway;
import dev.macai.testkit.tokens.TestTokens;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CORS headers only for the configured origins, compared exactly; none at all by default (one
 * shared origin).
 */
class CorsTest {

  private static final String ALLOWED = "https://studio.example.com";
  private static final String OTHER = "https://evil.example.net";
  private static final String LIST =
      " https://studio.example.com, http://localhost:4200 ,https://example.com";

  private static FakeServices services;
  private static RunningGateway byDefault;
  private static RunningGateway configured;
  private static RunningGateway regexConfigured;
  private final String token = TestTokens.valid(UUID.randomUUID(), "user");

  @BeforeAll
  static void start() throws IOException {
    RunningGateway.requireNginx();
    services = FakeServices.start();
    byDefault = RunningGateway.builder(services).start();
    configured = RunningGateway.builder(services).variable("CORS_ALLOWED_ORIGINS", LIST).start();
    // What the variable used to take, unanchored at the end: a regex is no origin, it allows
    // nothing. (One ending in $ does not even get past nginx, nor the image's entrypoint.)
    regexConfigured =
        RunningGateway.builder(services)
            .variable("CORS_ALLOWED_ORIGINS", "^https://studio\\.example\\.com")
            .start();
  }

  @AfterAll
  static void stop() {
    for (AutoCloseable closeable :
        new AutoCloseable[] {byDefault, configured, regexConfigured, services}) {
      try {
        if (closeable != null) {
          closeable.close();
        }
      } catch (Exception ignored) {
        // Best effort.
      }
    }
  }

  @BeforeEach
  void reset() {
    services.resetToDefaults();
  }

  @Test
  void byDefaultNoOriginGetsCorsHeaders() {
    HttpResponse<String> response = get(new GatewayClient(byDefault), ALLOWED);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
  }

  @Test
  void byDefaultAPreflightIsNotAnswered() {
    HttpResponse<String> response = preflight(new GatewayClient(byDefault), ALLOWED);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void aConfiguredOriginIsAllowedWithCredentials() {
    HttpResponse<String> response = get(new GatewayClient(configured), ALLOWED);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
    assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
    assertThat(response.headers().allValues("Vary")).contains("Origin");
  }

  @Test
  void aPreflightFromAConfiguredOriginIsAnsweredByTheGateway() {
    HttpResponse<String> response = preflight(new GatewayClient(configured), ALLOWED);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
        .contains("PATCH", "DELETE");
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
        .contains("Authorization");
    FakeServices.NAMES.forEach(name -> services.service(name).verify(0, anyRequestedFor(anyUrl())));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"https://studio.example.com", "http://localhost:4200", "https://example.com"})
  void everyListedOriginIsAllowed(String origin) {
    HttpResponse<String> response = get(new GatewayClient(configured), origin);

    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(origin);
    assertThat(preflight(new GatewayClient(configured), origin).statusCode()).isEqualTo(204);
  }

  /** Exactly the listed origins: no prefix, suffix, subdomain, other port or scheme gets in. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example.com.attacker.net",
        "https://studio.example.com.attacker.net",
        "https://studio.example.co",
        "https://tudio.example.com",
        "https://xstudio.example.com",
        "https://evil.example.com",
        "https://example.com:8443",
        "http://studio.example.com",
        "https://studio.example.com/",
        "http://localhost:42000",
        "http://localhost",
        "https://studio.example.com, https://example.com",
        "null"
      })
  void anythingButAListedOriginGetsNothing(String origin) {
    GatewayClient client = new GatewayClient(configured);

    HttpResponse<String> response = get(client, origin);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    assertThat(preflight(client, origin).statusCode()).isEqualTo(401);
  }

  @Test
  void aRegexAsTheVariableUsedToTakeAllowsNothingAndSaysSoInTheErrorLog() {
    GatewayClient client = new GatewayClient(regexConfigured);

    assertThat(get(client, ALLOWED).headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(preflight(client, ALLOWED).statusCode()).isEqualTo(401);
    assertThat(regexConfigured.errorLog()).contains("CORS_ALLOWED_ORIGINS: ignored, not an origin");
  }

  @Test
  void anotherOriginGetsNothingFromAConfiguredGateway() {
    GatewayClient client = new GatewayClient(configured);

    assertThat(get(client, OTHER).headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(preflight(client, OTHER).statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> get(GatewayClient client, String origin) {
    return client.send(
        client
            .request("/api/v1/sketches")
            .header("Authorization", "Bearer " + token)
            .header("Origin", origin)
            .GET()
            .build());
  }

  private static HttpResponse<String> preflight(GatewayClient client, String origin) {
    return client.send(
        client
            .request("/api/v1/sketches")
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "DELETE")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .build());
  }
}
