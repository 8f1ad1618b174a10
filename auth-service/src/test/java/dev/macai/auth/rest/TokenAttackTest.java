package dev.macai.auth.rest;

import static dev.macai.auth.support.AuthApi.signedUp;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.macai.auth.support.AuthApi.Session;
import dev.macai.auth.support.CleanState;
import dev.macai.auth.support.PostgresResource;
import dev.macai.testkit.tokens.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Forged and stale tokens never reach a protected endpoint. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class TokenAttackTest {

  @Inject CleanState state;

  Session ada;

  @BeforeEach
  void reset() {
    state.reset();
    ada = signedUp("ada@example.com");
  }

  @Test
  void aMintedTokenForAdaIsAccepted() {
    given()
        .auth()
        .oauth2(TestTokens.valid(ada.userId(), "user"))
        .get("/api/v1/user/profile")
        .then()
        .statusCode(200)
        .body("email", equalTo("ada@example.com"));
  }

  static Stream<Arguments> forgeries() {
    return Stream.of(
        Arguments.of("expired", (Function<UUID, String>) TestTokens::expired),
        Arguments.of("wrong issuer", (Function<UUID, String>) TestTokens::wrongIssuer),
        Arguments.of("wrong key", (Function<UUID, String>) TestTokens::wrongKey),
        Arguments.of("alg none", (Function<UUID, String>) TestTokens::algNone),
        Arguments.of("tampered payload", (Function<UUID, String>) TestTokens::tamperedPayload),
        Arguments.of("garbage", (Function<UUID, String>) id -> "not.a.jwt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forgeries")
  void isRefused(String kind, Function<UUID, String> forge) {
    given()
        .auth()
        .oauth2(forge.apply(ada.userId()))
        .get("/api/v1/user/profile")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer");
  }

  @Test
  void aTamperedAdminClaimDoesNotOpenTheAdminList() {
    given()
        .auth()
        .oauth2(TestTokens.tamperedPayload(ada.userId()))
        .get("/api/v1/user/list")
        .then()
        .statusCode(401);
  }
}
