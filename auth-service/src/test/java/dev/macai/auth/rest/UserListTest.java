package dev.macai.auth.rest;

import static dev.macai.auth.support.AuthApi.signedUp;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import dev.macai.auth.support.AuthApi.Session;
import dev.macai.auth.support.CleanState;
import dev.macai.auth.support.PostgresResource;
import dev.macai.testkit.tokens.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class UserListTest {

  @Inject CleanState state;

  Session admin;

  @BeforeEach
  void reset() {
    state.reset();
    admin = signedUp("ada@example.com");
  }

  @Test
  void adminSeesAPageOfUsers() {
    given()
        .auth()
        .oauth2(admin.accessToken())
        .queryParam("q", "ADA")
        .queryParam("limit", 5)
        .get("/api/v1/user/list")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("limit", equalTo(5))
        .body("offset", equalTo(0))
        .body("items.email", contains("ada@example.com"));
    given()
        .auth()
        .oauth2(admin.accessToken())
        .queryParam("q", "nobody")
        .get("/api/v1/user/list")
        .then()
        .statusCode(200)
        .body("total", equalTo(0))
        .body("limit", equalTo(20));
  }

  @Test
  void invalidPagingIsListed() {
    given()
        .auth()
        .oauth2(admin.accessToken())
        .queryParam("limit", 101)
        .queryParam("offset", -1)
        .queryParam("order", "sideways")
        .queryParam("sort", "password_hash")
        .get("/api/v1/user/list")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("limit", "offset", "order", "sort"));
  }

  @Test
  void plainUsersAreForbidden() {
    given()
        .auth()
        .oauth2(TestTokens.valid(UUID.randomUUID(), "user"))
        .get("/api/v1/user/list")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void needsAToken() {
    given().get("/api/v1/user/list").then().statusCode(401);
  }
}
