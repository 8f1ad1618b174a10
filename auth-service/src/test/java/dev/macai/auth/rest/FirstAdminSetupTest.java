package dev.macai.auth.rest;

import static dev.macai.auth.support.AuthApi.SETUP_TOKEN;
import static dev.macai.auth.support.AuthApi.registerWithToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.macai.auth.support.CleanState;
import dev.macai.auth.support.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first account (the admin) needs the setup token; the %test profile presets it. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class FirstAdminSetupTest {

  @Inject CleanState state;

  @BeforeEach
  void reset() {
    state.reset();
  }

  @Test
  void setupIsRequiredUntilTheFirstAccountExists() {
    given().get("/api/v1/auth/setup").then().statusCode(200).body("setup_required", equalTo(true));
    registerWithToken("ada@example.com", SETUP_TOKEN)
        .then()
        .statusCode(201)
        .body("roles", contains("user", "admin"));
    given().get("/api/v1/auth/setup").then().statusCode(200).body("setup_required", equalTo(false));
  }

  @Test
  void withoutTheTokenTheFirstAccountIsRefused() {
    registerWithToken("ada@example.com", null)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("setup_token_required"));
    assertThat(state.query("SELECT count(*) FROM users")).isZero();
  }

  @Test
  void aWrongTokenIsRefused() {
    registerWithToken("ada@example.com", "NOT-THE-TOKEN")
        .then()
        .statusCode(403)
        .body("code", equalTo("setup_token_invalid"));
    // Still pending: the operator can go on with the right one.
    registerWithToken("ada@example.com", SETUP_TOKEN).then().statusCode(201);
  }

  @Test
  void caseSpacesAndDashesDoNotMatter() {
    registerWithToken("ada@example.com", " test setup-token ").then().statusCode(201);
  }

  @Test
  void theTokenWorksOnceAndIsStoredOnlyAsAHash() {
    assertThat(state.query("SELECT count(*) FROM setup_token WHERE token_hash LIKE '%TEST%'"))
        .isZero();
    assertThat(state.query("SELECT count(*) FROM setup_token")).isEqualTo(1);
    registerWithToken("ada@example.com", SETUP_TOKEN).then().statusCode(201);
    assertThat(state.query("SELECT count(*) FROM setup_token")).isZero();
    // first-user: nobody else may sign up, token or not.
    registerWithToken("eve@example.com", SETUP_TOKEN)
        .then()
        .statusCode(403)
        .body("detail", equalTo("Registration of new accounts is closed."));
  }
}
