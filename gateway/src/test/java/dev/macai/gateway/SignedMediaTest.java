package dev.macai.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.gateway.support.FakeServices;
import dev.macai.gateway.support.GatewayTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Signed media URLs (issue 17, item 1): only the two media prefixes go upstream without a token, a
 * query string opens nothing else, paths that nginx and a service could read differently are
 * refused before routing, and a public read carries no body.
 */
class SignedMediaTest extends GatewayTest {

  private static final String SIGNED = "?exp=1893456000&sig=c2lnbmF0dXJl";
  private static final String IMAGE_FILE = "/api/v1/image/files/user-1/abc.png" + SIGNED;
  private static final String IMAGE_S3 = "/api/v1/image/files/s3/user-1/abc.png" + SIGNED;
  private static final String SONG_AUDIO =
      "/api/v1/song/media/songs/user-1/choice-1.mp3?store=s3&exp=1893456000&sig=c2lnbmF0dXJl";

  // ---- the bypass as found: a signature-shaped query string used to switch the JWT check off.

  @ParameterizedTest(name = "{0} -> 401")
  @ValueSource(
      strings = {
        "/api/v1/song/list?exp=1&sig=x",
        "/api/v1/song/list?sig=x&exp=1",
        "/api/v1/song/choice/1/audio?exp=1&sig=x",
        "/api/v1/song/media/other?exp=1&sig=x",
        "/api/v1/image/list?exp=1&sig=x",
        "/api/v1/image/filesx/abc.png?exp=1&sig=x",
        "/api/v1/equipment?exp=1&sig=x",
      })
  void aSignatureShapedQueryOpensNoOtherRoute(String pathAndQuery) {
    HttpResponse<String> response = client.get(pathAndQuery);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer error=\"invalid_token\"");
    assertThat(response.body()).contains("\"detail\":\"Bearer token required.\"");
    assertNoServiceReached();
  }

  @Test
  void theFoundTraversalIntoCatalogIsRefusedBeforeRouting() {
    // Was: routed as /api/v1/equipment, yet let through by the map that matched the raw /image/.
    HttpResponse<String> response = client.get("/api/v1/image/../equipment?exp=1&sig=x");

    assertUnsafePath(response);
  }

  // ---- paths nginx normalises ($uri) but passes upstream raw: refused with 400 before routing.

  @ParameterizedTest(name = "{0} -> 400")
  @ValueSource(
      strings = {
        "/api/v1/image/../equipment",
        "/api/v1/image/files/../../equipment" + SIGNED,
        "/api/v1/image/files/%2e%2e/%2e%2e/equipment" + SIGNED,
        "/api/v1/image/files/%2E%2E/x.png" + SIGNED,
        "/api/v1/song/media/songs/.%2e/.%2E/list" + SIGNED,
        "/api/v1/image/files/..%2f..%2fequipment" + SIGNED,
        "/api/v1/image/files/a%2Fb.png" + SIGNED,
        "/api/v1/image/files/a%5cb.png" + SIGNED,
        "/api/v1/image/files/a%5Cb.png" + SIGNED,
        "/api/v1/image/files//etc/passwd" + SIGNED,
        "//api/v1/sketches",
        "/api/v1/sketches//x",
        "/some/..%2Fpage",
      })
  void pathsThatCouldBeReadTwoWaysAreRefused(String pathAndQuery) {
    assertUnsafePath(client.get(pathAndQuery));
  }

  @Test
  void theHttpPortRefusesThemToo() {
    HttpResponse<String> response = client.getPlainHttp("/api/v1/image/../health");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void anEncodedSlashInTheQueryIsFine() {
    // Signatures are Base64 and URL-encoded: %2F there is no path trick.
    HttpResponse<String> response =
        client.get("/api/v1/image/files/user-1/abc.png?exp=1893456000&sig=ab%2Fcd%2B..");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Upstream")).hasValue("image");
  }

  // ---- the signed routes themselves: no token needed, Range and caching headers carried.

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {IMAGE_FILE, IMAGE_S3})
  void aSignedImageUrlReachesImageServiceWithoutAToken(String pathAndQuery) {
    services
        .service("image")
        .stubFor(
            get(urlEqualTo(pathAndQuery))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "image/png")
                        .withHeader("Cache-Control", "private, max-age=3600")
                        .withHeader("X-Upstream", "image")
                        .withBody(new byte[] {(byte) 0x89, 'P', 'N', 'G'})));

    HttpResponse<String> response =
        client.send(client.request(pathAndQuery).header("Range", "bytes=0-3").GET().build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Upstream")).hasValue("image");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("private, max-age=3600");
    assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
    services
        .service("image")
        .verify(
            getRequestedFor(urlEqualTo(pathAndQuery))
                .withHeader("Range", equalTo("bytes=0-3"))
                // Public route: no user, whatever a client might claim.
                .withHeader("X-User-Id", absent()));
  }

  @Test
  void aSignedSongUrlPassesARangeRequestAndTheServices206() {
    services
        .service("song")
        .stubFor(
            get(urlEqualTo(SONG_AUDIO))
                .withHeader("Range", equalTo("bytes=100-103"))
                .willReturn(
                    aResponse()
                        .withStatus(206)
                        .withHeader("Content-Type", "audio/mpeg")
                        .withHeader("Content-Range", "bytes 100-103/5000")
                        .withHeader("Accept-Ranges", "bytes")
                        .withHeader("Cache-Control", "private, max-age=3600")
                        .withBody("ID3!")));

    HttpResponse<String> response =
        client.send(client.request(SONG_AUDIO).header("Range", "bytes=100-103").GET().build());

    assertThat(response.statusCode()).isEqualTo(206);
    assertThat(response.body()).isEqualTo("ID3!");
    assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes 100-103/5000");
    assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("bytes");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("private, max-age=3600");
    services.service("song").verify(1, getRequestedFor(urlEqualTo(SONG_AUDIO)));
  }

  @Test
  void headWorksOnASignedUrl() {
    HttpResponse<String> response =
        client.send(
            client.request(SONG_AUDIO).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

    assertThat(response.statusCode()).isEqualTo(200);
    services.service("song").verify(headRequestedFor(urlEqualTo(SONG_AUDIO)));
  }

  // ---- a public read takes nothing.

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {1, 2, 64 * 1024, 21 * 1024 * 1024})
  void aBodyOnAnUnauthenticatedSignedGetIsRefused(int bytes) {
    HttpResponse<String> response =
        client.send(
            client
                .request(SONG_AUDIO)
                .method("GET", HttpRequest.BodyPublishers.ofByteArray(new byte[bytes]))
                .build());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertNoServiceReached();
  }

  @Test
  void aChunkedBodyWithoutALengthIsRefusedToo() {
    // ofInputStream has no known length, so HTTP/1.1 sends it chunked.
    HttpResponse<String> response =
        client.send(
            client
                .request(IMAGE_FILE)
                .method(
                    "GET",
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .build());

    assertThat(response.statusCode()).isEqualTo(413);
    assertNoServiceReached();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
  void onlyReadsAreServedOnASignedRoute(String method) {
    HttpResponse<String> response =
        client.send(
            client.request(IMAGE_FILE).method(method, HttpRequest.BodyPublishers.noBody()).build());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertNoServiceReached();
  }

  @Test
  void theRestOfImageServiceStillNeedsAToken() {
    assertThat(client.get("/api/v1/image/files").statusCode()).isEqualTo(401);
    assertThat(client.get("/api/v1/image/generate" + SIGNED).statusCode()).isEqualTo(401);
    services.service("image").verify(0, anyRequestedFor(urlPathEqualTo("/api/v1/image/generate")));
  }

  private static void assertUnsafePath(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body())
        .contains("\"status\":400", "\"code\":\"unsafe_path\"", "dot segments");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertNoServiceReached();
  }

  private static void assertNoServiceReached() {
    FakeServices.NAMES.forEach(name -> services.service(name).verify(0, anyRequestedFor(anyUrl())));
  }
}
