package dev.macai.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.gateway.support.GatewayTest;
import dev.macai.testkit.tokens.TestTokens;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** client_max_body_size per route: 1 MB for JSON APIs, 20 MB where media is handled. */
class BodySizeTest extends GatewayTest {

  private static final int KB = 1024;
  private final String token = TestTokens.valid(UUID.randomUUID(), "user");

  @Test
  void aJsonBodyUnderOneMegabytePasses() {
    HttpResponse<String> response = post("/api/v1/sketches", 900 * KB);

    assertThat(response.statusCode()).isEqualTo(200);
    services.service("catalog").verify(postRequestedFor(urlPathEqualTo("/api/v1/sketches")));
  }

  @Test
  void aJsonBodyOverOneMegabyteIsAProblem413() {
    HttpResponse<String> response = post("/api/v1/conversations", 2 * KB * KB);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body())
        .contains(
            "\"status\":413", "\"code\":\"body_too_large\"", "\"title\":\"Content Too Large\"");
    services.service("chat").verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void mediaRoutesTakeLargerBodies() {
    HttpResponse<String> image = post("/api/v1/image/upload", 5 * KB * KB);
    HttpResponse<String> song = post("/api/v1/song/generate", 5 * KB * KB);

    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(song.statusCode()).isEqualTo(200);
  }

  @Test
  void mediaRoutesHaveALimitToo() {
    assertThat(post("/api/v1/image/upload", 21 * KB * KB).statusCode()).isEqualTo(413);
  }

  private HttpResponse<String> post(String path, int bytes) {
    return client.send(
        client
            .request(path)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[bytes]))
            .build());
  }
}
