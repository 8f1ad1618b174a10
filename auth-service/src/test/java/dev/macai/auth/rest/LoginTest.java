package dev.macai.auth.rest;

import static dev.macai.auth.support.AuthApi.PASSWORD;
import static dev.macai.auth.support.AuthApi.login;
import static dev.macai.auth.support.AuthApi.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.auth.support.CleanState;
import dev.macai.auth.support.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class LoginTest {

  private static final String EMAIL = "ada@example.com";

  @Inject CleanState state;

  @BeforeEach
  void reset() {
    state.reset();
    register(EMAIL).then().statusCode(201);
  }

  @Test
  void answersTokenUserAndRefreshCookie() throws Exception {
    Response response =
        login(EMAIL, PASSWORD)
            .then()
            .statusCode(200)
            // A token must never land in a browser or proxy cache.
            .header("Cache-Control", "no-store")
            .body("token_type", equalTo("Bearer"))
            .body("expires_in", equalTo(900))
            .body("user.email", equalTo(EMAIL))
            .body("user.roles", containsInAnyOrder("user", "admin"))
            .extract()
            .response();

    String setCookie = response.header("Set-Cookie");
    assertThat(setCookie)
        .startsWith("refresh_token=")
        .contains("Path=/api/v1/auth", "HttpOnly", "Secure", "SameSite=Strict", "Max-Age=2592000");

    String[] jwt = response.<String>path("access_token").split("\\.");
    JsonNode header = decode(jwt[0]);
    JsonNode claims = decode(jwt[1]);
    assertThat(header.get("alg").asText()).isEqualTo("RS256");
    assertThat(header.get("kid").asText()).isNotBlank();
    assertThat(claims.get("iss").asText()).isEqualTo("mac-ai-service");
    assertThat(claims.get("sub").asText()).isEqualTo(response.<String>path("user.id"));
    assertThat(claims.get("upn").asText()).isEqualTo(EMAIL);
    assertThat(claims.get("sid").asText()).isNotBlank();
    assertThat(claims.get("jti").asText()).isNotBlank();
    assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(900);
  }

  @Test
  void emailIsCaseInsensitive() {
    login("  ADA@Example.com", PASSWORD).then().statusCode(200);
  }

  @Test
  void wrongPasswordAndUnknownEmailLookAlike() {
    String wrongPassword =
        login(EMAIL, "wrong password!")
            .then()
            .statusCode(401)
            // Refusals are not cached either.
            .header("Cache-Control", "no-store")
            .extract()
            .asString();
    String unknownEmail =
        login("nobody@example.com", PASSWORD).then().statusCode(401).extract().asString();
    assertThat(wrongPassword)
        .isEqualTo(unknownEmail)
        .contains("Email or password is not correct.", "\"code\":\"invalid_credentials\"");
  }

  @Test
  void missingFieldsAreListed() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", ""))
        .post("/api/v1/user/login")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", containsInAnyOrder("email", "password"));
  }

  private static JsonNode decode(String part) throws Exception {
    return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(part));
  }
}
