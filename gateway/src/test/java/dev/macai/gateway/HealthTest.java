package dev.macai.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.gateway.support.FakeServices;
import dev.macai.gateway.support.GatewayClient;
import dev.macai.gateway.support.GatewayTest;
import dev.macai.gateway.support.RunningGateway;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** GET /api/v1/health: one answer built from every service's readiness, public on HTTP too. */
class HealthTest extends GatewayTest {

  @Test
  void allServicesReadyGives200WithEachServiceUp() {
    HttpResponse<String> response = client.get("/api/v1/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.body()).startsWith("{\"status\":\"UP\"");
    for (String name : FakeServices.NAMES) {
      assertThat(response.body())
          .containsPattern("\"" + name + "-service\":\\{\"status\":\"UP\",\"latency_ms\":\\d+}");
      services
          .service(name)
          .verify(
              getRequestedFor(urlPathEqualTo("/q/health/ready"))
                  .withHeader("X-Request-Id", matching(".+")));
    }
  }

  @Test
  void oneServiceNotReadyGives503NamingIt() {
    services.makeNotReady("chat");

    HttpResponse<String> response = client.get("/api/v1/health");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body())
        .startsWith("{\"status\":\"DOWN\"")
        .containsPattern(
            "\"chat-service\":\\{\"status\":\"DOWN\",\"latency_ms\":\\d+,\"http_status\":503,\"detail\":\"not ready\"}")
        .contains("\"auth-service\":{\"status\":\"UP\"", "\"song-service\":{\"status\":\"UP\"");
  }

  @Test
  void aSlowServiceIsReportedAsTimedOut() {
    services
        .service("image")
        .stubFor(
            get(urlPathEqualTo("/q/health/ready"))
                .atPriority(1)
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withBody("{\"status\":\"UP\"}")
                        .withFixedDelay(4000)));

    HttpResponse<String> response = client.get("/api/v1/health");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).contains("\"http_status\":504,\"detail\":\"timed out\"");
  }

  @Test
  void anUnreachableServiceIsReportedAsSuch() throws IOException {
    String nobodyListening = "127.0.0.1:" + RunningGateway.freePort();
    try (RunningGateway withSongDown =
        RunningGateway.builder(services).upstream("song", nobodyListening).start()) {
      HttpResponse<String> response = new GatewayClient(withSongDown).get("/api/v1/health");

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.body())
          .contains("\"http_status\":502,\"detail\":\"unreachable\"")
          .contains("\"catalog-service\":{\"status\":\"UP\"");
    }
  }

  @Test
  void theGatewaysOwnProbeAnswersWhateverTheServicesDo() {
    services.makeNotReady("auth");

    assertThat(client.getPlainHttp("/nginx-health").statusCode()).isEqualTo(200);
    assertThat(client.get("/nginx-health").body()).isEqualTo("ok\n");
  }

  @Test
  void plainHttpAnswersHealthWithoutRedirecting() {
    HttpResponse<String> response = client.getPlainHttp("/api/v1/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("{\"status\":\"UP\"");
  }
}
