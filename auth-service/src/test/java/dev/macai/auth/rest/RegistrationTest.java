package dev.macai.auth.rest;

import static dev.macai.auth.support.AuthApi.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.macai.auth.support.CleanState;
import dev.macai.auth.support.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-up under the default policy {@code first-user}. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class RegistrationTest {

  @Inject CleanState state;

  @BeforeEach
  void reset() {
    state.reset();
  }

  @Test
  void firstAccountBecomesAdmin() {
    register("  Ada@Example.COM ")
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/v1/user/profile"))
        .body("email", equalTo("ada@example.com"))
        .body("first_name", equalTo("Ada"))
        .body("roles", contains("user", "admin"))
        .body("$", not(hasKey("password_hash")))
        .body("$", not(hasKey("password")));
  }

  @Test
  void laterSignUpsAreRefused() {
    register("ada@example.com").then().statusCode(201);
    register("eve@example.com")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("status", equalTo(403))
        .body("detail", equalTo("Registration of new accounts is closed."));
  }

  @Test
  void everyInvalidFieldIsListed() {
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "email",
                "not-an-email",
                "password",
                "short",
                "first_name",
                " ",
                "artist_name",
                "x".repeat(201)))
        .post("/api/v1/user/create")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("title", equalTo("Bad Request"))
        .body(
            "errors.field",
            containsInAnyOrder("artist_name", "email", "first_name", "last_name", "password"))
        .body(
            "errors.find { it.field == 'password' }.message",
            equalTo("must be at least 10 characters long"));
  }

  @Test
  void passwordsBeyondBcryptsLimitAreRefused() {
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "email",
                "ada@example.com",
                "password",
                "ü".repeat(40),
                "first_name",
                "Ada",
                "last_name",
                "Lovelace"))
        .post("/api/v1/user/create")
        .then()
        .statusCode(400)
        .body("errors.field", contains("password"));
  }

  @Test
  void malformedJsonIsAProblemNotAStackTrace() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"email\": ")
        .post("/api/v1/user/create")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", equalTo("The request body is not valid JSON."));
  }

  @Test
  void wrongTypeNamesTheField() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"email\": \"ada@example.com\", \"first_name\": [1]}")
        .post("/api/v1/user/create")
        .then()
        .statusCode(400)
        .body("errors.field", contains("first_name"));
  }

  @Test
  void missingBodyIsRefused() {
    given()
        .contentType(ContentType.JSON)
        .post("/api/v1/user/create")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
