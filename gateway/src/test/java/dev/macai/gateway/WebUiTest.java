package dev.macai.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.gateway.support.GatewayTest;
import dev.macai.gateway.support.WebRoot;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Angular build at /: SPA fallback, cache headers, gzip, no token and no rate limit. */
class WebUiTest extends GatewayTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/",
        "/index.html",
        "/ai-chat",
        "/image-view/3f0c1c9e-1b7a-4d3e",
        "/user-profile?tab=costs"
      })
  void pagesAndClientSideRoutesGetIndexHtmlNeverCached(String path) {
    HttpResponse<String> response = client.get(path);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html");
    assertThat(response.body()).contains(WebRoot.INDEX_MARKER);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
  }

  @Test
  void hashedBundlesAreCachedForAYear() {
    HttpResponse<String> response = client.get(WebRoot.HASHED_BUNDLE);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/javascript");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=31536000");
  }

  @Test
  void unhashedAssetsAreRevalidated() {
    HttpResponse<String> response = client.get(WebRoot.UNHASHED_ASSET);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(response.headers().firstValue("ETag")).isPresent();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/main-ZZZZZZZZ.js", "/assets/missing.png", "/favicon.ico"})
  void missingFilesAre404NotTheAppPage(String path) {
    HttpResponse<String> response = client.get(path);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain(WebRoot.INDEX_MARKER);
  }

  @Test
  void bundlesAreGzippedForClientsThatAcceptIt() {
    HttpResponse<String> response =
        client.send(
            client.request(WebRoot.HASHED_BUNDLE).header("Accept-Encoding", "gzip").GET().build());

    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(response.headers().allValues("Vary")).contains("Accept-Encoding");
  }

  @Test
  void apiJsonIsGzippedByTheGatewayToo() {
    services
        .service("auth")
        .stubFor(
            com.github.tomakehurst.wiremock.client.WireMock.get("/api/v1/auth/jwks")
                .willReturn(
                    com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        "{\"keys\":[" + "{\"kty\":\"RSA\"},".repeat(100) + "{}]}")));

    HttpResponse<String> response =
        client.send(
            client.request("/api/v1/auth/jwks").header("Accept-Encoding", "gzip").GET().build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
  }
}
