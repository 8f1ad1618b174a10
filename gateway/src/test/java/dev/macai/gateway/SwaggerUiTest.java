package dev.macai.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.gateway.support.FakeServices;
import dev.macai.gateway.support.GatewayClient;
import dev.macai.gateway.support.RunningGateway;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each service's Swagger UI under {@code /api/v1/<service>/swagger-ui/}: only with
 * SWAGGER_UI_ENABLED=true (./run); with the image default (production) it is a 404 problem that
 * reaches no service, while the OpenAPI documents stay public.
 */
class SwaggerUiTest {

  private static FakeServices services;
  private static RunningGateway production;
  private static RunningGateway enabled;
  private static GatewayClient productionClient;
  private static GatewayClient client;

  @BeforeAll
  static void start() throws IOException {
    RunningGateway.requireNginx();
    services = FakeServices.start();
    production = RunningGateway.builder(services).start();
    enabled = RunningGateway.builder(services).variable("SWAGGER_UI_ENABLED", "true").start();
    productionClient = new GatewayClient(production);
    client = new GatewayClient(enabled);
  }

  @AfterAll
  static void stop() {
    for (RunningGateway gateway : new RunningGateway[] {production, enabled}) {
      if (gateway != null) {
        gateway.close();
      }
    }
    if (services != null) {
      services.close();
    }
  }

  @BeforeEach
  void resetServices() {
    services.resetToDefaults();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"auth", "catalog", "chat", "image", "song"})
  void inProductionTheSwaggerUiIsNotThereButTheOpenApiDocumentIs(String service) {
    for (String path :
        new String[] {
          "/api/v1/" + service + "/swagger-ui",
          "/api/v1/" + service + "/swagger-ui/",
          "/api/v1/" + service + "/swagger-ui/index.html",
          "/api/v1/" + service + "/swagger-ui/swagger-ui-bundle.js"
        }) {
      HttpResponse<String> page = productionClient.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(404);
      assertThat(page.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
    services.service(service).verify(0, anyRequestedFor(anyUrl()));

    HttpResponse<String> document = productionClient.get("/api/v1/" + service + "/openapi");
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.headers().firstValue("X-Upstream")).hasValue(service);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"auth", "catalog", "chat", "image", "song"})
  void eachServicesSwaggerUiWorksUnderTheGatewayPath(String service) {
    services
        .service(service)
        .stubFor(
            get(urlPathEqualTo("/q/swagger-ui/"))
                .willReturn(
                    aResponse()
                        .withHeader("Content-Type", "text/html;charset=UTF-8")
                        .withBody(
                            "<script src=\"/q/swagger-ui/swagger-ui-bundle.js\"></script>"
                                + "<script>SwaggerUIBundle({url: '/q/openapi'})</script>")));

    HttpResponse<String> page = client.get("/api/v1/" + service + "/swagger-ui/");

    assertThat(page.statusCode()).isEqualTo(200);
    // The page's links point back through the gateway, not at the service's /q/ paths.
    assertThat(page.body())
        .contains("src=\"/api/v1/" + service + "/swagger-ui/swagger-ui-bundle.js\"")
        .contains("url: '/api/v1/" + service + "/openapi'")
        .doesNotContain("/q/");
    // Swagger UI runs inline script: its pages get a policy that allows it, nothing else does.
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self' 'unsafe-inline'");
  }

  @Test
  void swaggerUiAssetsComeFromTheService() {
    HttpResponse<String> asset = client.get("/api/v1/song/swagger-ui/swagger-ui-bundle.js");

    assertThat(asset.statusCode()).isEqualTo(200);
    services
        .service("song")
        .verify(getRequestedFor(urlEqualTo("/q/swagger-ui/swagger-ui-bundle.js")));
  }
}
