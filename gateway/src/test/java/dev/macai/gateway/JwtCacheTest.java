package dev.macai.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.macai.gateway.support.GatewayTest;
import dev.macai.testkit.tokens.TestTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Verified tokens are cached (the RSA key import is the expensive part of a check): the cache must
 * keep the verified user, never outlive the token, never store the token, and never be fooled.
 */
class JwtCacheTest extends GatewayTest {

  private static final String PROTECTED = "/api/v1/sketches";

  @Test
  void aCachedCheckStillPassesTheVerifiedUser() {
    UUID user = UUID.randomUUID();
    String token = TestTokens.valid(user, "user");

    for (int i = 0; i < 3; i++) {
      assertThat(client.getWithToken(PROTECTED, token).statusCode()).isEqualTo(200);
    }

    services
        .service("catalog")
        .verify(
            3,
            getRequestedFor(urlPathEqualTo(PROTECTED))
                .withHeader("X-User-Id", equalTo(user.toString())));
  }

  @Test
  void aCachedTokenIsRefusedOnceItExpires() {
    // Expired 28 s ago: the 30 s leeway leaves it 2 s, and the cache may keep it no longer.
    String token = TestTokens.expiringAt(UUID.randomUUID(), Instant.now().minusSeconds(28));

    assertThat(client.getWithToken(PROTECTED, token).statusCode()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(8))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> client.getWithToken(PROTECTED, token).statusCode() == 401);
  }

  @Test
  void theCacheHoldsNoToken() throws IOException {
    String token = TestTokens.valid(UUID.randomUUID(), "user");
    client.getWithToken(PROTECTED, token);
    String signature = token.substring(token.lastIndexOf('.') + 1);

    List<Path> cached;
    try (Stream<Path> files = Files.walk(gateway.stateDirectory().resolve("jwt_cache"))) {
      cached = files.filter(Files::isRegularFile).toList();
    }
    assertThat(cached).isNotEmpty();
    for (Path file : cached) {
      assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
          .doesNotContain(signature)
          .doesNotContain(token.substring(0, 40));
    }
  }

  @Test
  void aClientCannotClaimASignedMediaRequest() {
    var response =
        client.send(client.request(PROTECTED).header("X-Signed-Media", "1").GET().build());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void aTamperedCopyOfACachedTokenIsStillRefused() {
    UUID user = UUID.randomUUID();
    assertThat(client.getWithToken(PROTECTED, TestTokens.valid(user, "user")).statusCode())
        .isEqualTo(200);

    assertThat(client.getWithToken(PROTECTED, TestTokens.tamperedPayload(user)).statusCode())
        .isEqualTo(401);
  }
}
