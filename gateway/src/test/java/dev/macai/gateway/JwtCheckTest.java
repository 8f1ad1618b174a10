package dev.macai.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.gateway.support.GatewayTest;
import dev.macai.testkit.tokens.TestTokens;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The njs JWT check in front of every protected route: the Quarkus JWT quickstart's matrix. */
class JwtCheckTest extends GatewayTest {

  private static final String PROTECTED = "/api/v1/sketches";
  private final UUID user = UUID.randomUUID();

  @Test
  void validTokenReachesTheServiceWithTheVerifiedUserAndARequestId() {
    HttpResponse<String> response = client.getWithToken(PROTECTED, TestTokens.valid(user, "user"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Upstream")).hasValue("catalog");
    services
        .service("catalog")
        .verify(
            getRequestedFor(urlPathEqualTo(PROTECTED))
                .withHeader("X-User-Id", equalTo(user.toString()))
                .withHeader("X-Request-Id", matching("[0-9a-f]{32}"))
                // Services verify the token again themselves.
                .withHeader("Authorization", matching("Bearer .+")));
  }

  @Test
  void aTokenExpiredWithinTheClockSkewStillPasses() {
    String token = TestTokens.expiringAt(user, Instant.now().minusSeconds(5));

    assertThat(client.getWithToken(PROTECTED, token).statusCode()).isEqualTo(200);
  }

  @Test
  void aForgedUserIdHeaderIsReplacedByTheVerifiedOne() {
    HttpResponse<String> response =
        client.send(
            client
                .request(PROTECTED)
                .header("Authorization", "Bearer " + TestTokens.valid(user, "user"))
                .header("X-User-Id", "someone-else")
                .GET()
                .build());

    assertThat(response.statusCode()).isEqualTo(200);
    services
        .service("catalog")
        .verify(
            getRequestedFor(urlPathEqualTo(PROTECTED))
                .withHeader("X-User-Id", equalTo(user.toString())));
  }

  @Test
  void aPublicRouteNeverPassesAClientSuppliedUserId() {
    HttpResponse<String> response =
        client.send(
            client.request("/api/v1/auth/jwks").header("X-User-Id", "someone-else").GET().build());

    assertThat(response.statusCode()).isEqualTo(200);
    services
        .service("auth")
        .verify(
            getRequestedFor(urlPathEqualTo("/api/v1/auth/jwks")).withHeader("X-User-Id", absent()));
  }

  static Stream<Arguments> refusedTokens() {
    return Stream.of(
        refused("expired", TestTokens::expired, "Token expired."),
        refused(
            "expired beyond the skew",
            u -> TestTokens.expiringAt(u, Instant.now().minusSeconds(60)),
            "Token expired."),
        refused("wrong issuer", TestTokens::wrongIssuer, "Token has the wrong issuer."),
        refused("wrong key", TestTokens::wrongKey, "Invalid token signature."),
        refused("tampered payload", TestTokens::tamperedPayload, "Invalid token signature."),
        refused("alg none", TestTokens::algNone, "Malformed token."),
        refused(
            "HS256 with the public key as secret",
            TestTokens::hs256WithPublicKey,
            "Token algorithm not accepted."),
        refused("not a JWT", u -> "not-a-token", "Malformed token."),
        refused(
            "header only", u -> TestTokens.valid(u, "user").split("\\.")[0], "Malformed token."),
        refused(
            "payload not JSON", u -> "eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln", "Malformed token."));
  }

  private static Arguments refused(String name, Function<UUID, String> token, String detail) {
    return Arguments.of(name, token, detail);
  }

  @ParameterizedTest(name = "{0} -> 401")
  @MethodSource("refusedTokens")
  void forgedOrStaleTokensAreRefusedBeforeReachingTheService(
      String name, Function<UUID, String> token, String detail) {
    HttpResponse<String> response = client.getWithToken(PROTECTED, token.apply(user));

    assertUnauthorized(response, detail);
  }

  @Test
  void noTokenIsRefused() {
    assertUnauthorized(client.get(PROTECTED), "Bearer token required.");
  }

  @Test
  void anotherAuthorizationSchemeIsRefused() {
    HttpResponse<String> response =
        client.send(
            client.request(PROTECTED).header("Authorization", "Basic dXNlcjpwYXNz").GET().build());

    assertUnauthorized(response, "Bearer token required.");
  }

  @Test
  void aSignedMediaUrlLoadsWithoutAToken() {
    HttpResponse<String> response =
        client.get("/api/v1/image/files/abc.png?exp=1893456000&sig=c2lnbmF0dXJl");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Upstream")).hasValue("image");
  }

  @Test
  void theSignedUrlExceptionCoversOnlyReadsOfMediaRoutes() {
    String query = "?exp=1893456000&sig=c2lnbmF0dXJl";
    HttpResponse<String> post =
        client.send(
            client
                .request("/api/v1/image/generate" + query)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    HttpResponse<String> otherRoute = client.get("/api/v1/sketches" + query);
    HttpResponse<String> onlySignature = client.get("/api/v1/song/choice/1/audio?sig=c2ln");

    assertThat(post.statusCode()).isEqualTo(401);
    assertThat(otherRoute.statusCode()).isEqualTo(401);
    assertThat(onlySignature.statusCode()).isEqualTo(401);
  }

  private void assertUnauthorized(HttpResponse<String> response, String detail) {
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer error=\"invalid_token\"");
    assertThat(response.body())
        .contains(
            "\"status\":401",
            "\"code\":\"token_invalid\"",
            "\"title\":\"Unauthorized\"",
            "\"detail\":\"" + detail + "\"");
    services.service("catalog").verify(0, anyRequestedFor(anyUrl()));
  }
}
