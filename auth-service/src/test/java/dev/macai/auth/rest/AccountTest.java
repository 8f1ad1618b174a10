package dev.macai.auth.rest;

import static dev.macai.auth.support.AuthApi.PASSWORD;
import static dev.macai.auth.support.AuthApi.login;
import static dev.macai.auth.support.AuthApi.loginFrom;
import static dev.macai.auth.support.AuthApi.refresh;
import static dev.macai.auth.support.AuthApi.session;
import static dev.macai.auth.support.AuthApi.signedUp;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.macai.auth.support.AuthApi.Session;
import dev.macai.auth.support.CleanState;
import dev.macai.auth.support.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Profile, password and settings of the signed-in user. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class AccountTest {

  @Inject CleanState state;

  Session session;

  @BeforeEach
  void reset() {
    state.reset();
    session = signedUp("ada@example.com");
  }

  private RequestSpecification asAda() {
    return given().auth().oauth2(session.accessToken()).contentType(ContentType.JSON);
  }

  @Nested
  class Profile {

    @Test
    void showsTheCallersProfile() {
      asAda()
          .get("/api/v1/user/profile")
          .then()
          .statusCode(200)
          .body("id", equalTo(session.userId().toString()))
          .body("email", equalTo("ada@example.com"))
          .body("artist_name", nullValue());
    }

    @Test
    void editChangesNamesAndClearsABlankArtistName() {
      asAda()
          .body(Map.of("first_name", " Augusta ", "last_name", "King", "artist_name", "A.K."))
          .put("/api/v1/user/edit")
          .then()
          .statusCode(200)
          .body("first_name", equalTo("Augusta"))
          .body("artist_name", equalTo("A.K."));
      asAda()
          .body(Map.of("first_name", "Augusta", "last_name", "King", "artist_name", " "))
          .put("/api/v1/user/edit")
          .then()
          .statusCode(200);
      asAda().get("/api/v1/user/profile").then().body("artist_name", nullValue());
    }

    @Test
    void editListsEveryInvalidField() {
      asAda()
          .body(Map.of("first_name", "", "artist_name", "x".repeat(201)))
          .put("/api/v1/user/edit")
          .then()
          .statusCode(400)
          .body("errors.field", containsInAnyOrder("artist_name", "first_name", "last_name"));
    }

    @Test
    void needsAToken() {
      given()
          .get("/api/v1/user/profile")
          .then()
          .statusCode(401)
          .header("WWW-Authenticate", "Bearer");
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("first_name", "A", "last_name", "B"))
          .put("/api/v1/user/edit")
          .then()
          .statusCode(401)
          .contentType("application/problem+json");
    }
  }

  @Nested
  class Password {

    @Test
    void changeSignsOutOtherSessionsButKeepsTheCaller() {
      Session laptop = session(login("ada@example.com", PASSWORD).then().extract().response());
      String newPassword = "a much better passphrase";
      Session renewed =
          session(
              asAda()
                  .body(Map.of("old_password", PASSWORD, "new_password", newPassword))
                  .put("/api/v1/user/password")
                  .then()
                  .statusCode(200)
                  .extract()
                  .response());

      refresh(laptop.refreshToken()).then().statusCode(401);
      refresh(session.refreshToken()).then().statusCode(401);
      refresh(renewed.refreshToken()).then().statusCode(200);
      login("ada@example.com", PASSWORD).then().statusCode(401);
      login("ada@example.com", newPassword).then().statusCode(200);
    }

    @Test
    void wrongCurrentPasswordIsAFieldError() {
      asAda()
          .body(
              Map.of("old_password", "not my password", "new_password", "a much better passphrase"))
          .put("/api/v1/user/password")
          .then()
          .statusCode(400)
          .body("errors.field", contains("old_password"));
      login("ada@example.com", PASSWORD).then().statusCode(200);
    }

    @Test
    void wrongCurrentPasswordsAreThrottledLikeLogins() {
      for (int i = 0; i < 5; i++) {
        asAda()
            .header("X-Real-IP", "203.0.113.7")
            .body(Map.of("old_password", "guess " + i + "!!!!", "new_password", "a new passphrase"))
            .put("/api/v1/user/password")
            .then()
            .statusCode(400);
      }
      // A stolen token cannot go on guessing, not even the right one gets through now...
      asAda()
          .header("X-Real-IP", "203.0.113.7")
          .body(Map.of("old_password", PASSWORD, "new_password", "a new passphrase"))
          .put("/api/v1/user/password")
          .then()
          .statusCode(429)
          .header("Retry-After", "1")
          .body("code", equalTo("login_throttled"));
      // ...and the same key (account + address) holds for logins.
      loginFrom("203.0.113.7", "ada@example.com", PASSWORD).then().statusCode(429);
      loginFrom("198.51.100.2", "ada@example.com", PASSWORD).then().statusCode(200);
    }

    @Test
    void listsEveryInvalidField() {
      Map<String, String> body = new HashMap<>();
      body.put("new_password", "short");
      asAda()
          .body(body)
          .put("/api/v1/user/password")
          .then()
          .statusCode(400)
          .body("errors.field", containsInAnyOrder("new_password", "old_password"));
    }

    @Test
    void needsAToken() {
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("old_password", PASSWORD, "new_password", "a much better passphrase"))
          .put("/api/v1/user/password")
          .then()
          .statusCode(401);
    }
  }

  @Nested
  class Settings {

    @Test
    void defaultsToEnglishAndSavesGerman() {
      asAda().get("/api/v1/user/settings").then().statusCode(200).body("language", equalTo("en"));
      asAda()
          .body(Map.of("language", "de"))
          .put("/api/v1/user/settings")
          .then()
          .statusCode(200)
          .body("language", equalTo("de"));
      asAda().get("/api/v1/user/settings").then().body("language", equalTo("de"));
    }

    @Test
    void refusesAnUnknownLanguage() {
      asAda()
          .body(Map.of("language", "fr"))
          .put("/api/v1/user/settings")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("language"))
          .body("errors[0].message", equalTo("must be one of: en, de"));
    }

    @Test
    void needsAToken() {
      given().get("/api/v1/user/settings").then().statusCode(401);
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("language", "de"))
          .put("/api/v1/user/settings")
          .then()
          .statusCode(401);
    }
  }
}
