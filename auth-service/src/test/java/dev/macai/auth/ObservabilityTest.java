package dev.macai.auth;

import static dev.macai.auth.support.AuthApi.login;
import static dev.macai.auth.support.AuthApi.signedUp;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.macai.auth.support.CleanState;
import dev.macai.auth.support.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class ObservabilityTest {

  @Inject CleanState state;

  @BeforeEach
  void reset() {
    state.reset();
  }

  @Test
  void readinessChecksTheDatabase() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("Database connections health check"));
  }

  @Test
  void loginOutcomesAreCounted() {
    signedUp("ada@example.com");
    login("ada@example.com", "wrong password!").then().statusCode(401);
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("auth_logins_total{outcome=\"success\""))
        .body(containsString("auth_logins_total{outcome=\"failure\""));
  }

  @Test
  void openApiDescribesEveryEndpoint() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("paths.keySet()", hasItem("/api/v1/user/login"))
        .body("paths.keySet()", hasItem("/api/v1/auth/jwks"))
        .body("components.securitySchemes.jwt.scheme", equalTo("bearer"));
  }
}
