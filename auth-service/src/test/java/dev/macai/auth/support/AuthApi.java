package dev.macai.auth.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The calls most tests start with: sign up, log in. */
public final class AuthApi {

  public static final String PASSWORD = "correct horse battery";
  public static final String COOKIE = "refresh_token";

  /** The %test profile's preset first-admin setup token (AUTH_SETUP_TOKEN). */
  public static final String SETUP_TOKEN = "TEST-SETUP-TOKEN";

  private AuthApi() {}

  public record Session(UUID userId, String accessToken, String refreshToken) {}

  /** Signs up with the setup token, which the first account needs and later ones ignore. */
  public static Response register(String email) {
    return registerWithToken(email, SETUP_TOKEN);
  }

  public static Response registerWithToken(String email, String setupToken) {
    Map<String, String> body = new HashMap<>();
    body.put("email", email);
    body.put("password", PASSWORD);
    body.put("first_name", "Ada");
    body.put("last_name", "Lovelace");
    if (setupToken != null) {
      body.put("setup_token", setupToken);
    }
    return given().contentType(ContentType.JSON).body(body).post("/api/v1/user/create");
  }

  public static Response login(String email, String password) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "password", password))
        .post("/api/v1/user/login");
  }

  /** A login as if through the gateway from {@code address} (it sets X-Real-IP). */
  public static Response loginFrom(String address, String email, String password) {
    return given()
        .header("X-Real-IP", address)
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "password", password))
        .post("/api/v1/user/login");
  }

  /** Registers (the first account becomes admin) and logs in. */
  public static Session signedUp(String email) {
    register(email).then().statusCode(201);
    return session(login(email, PASSWORD).then().statusCode(200).extract().response());
  }

  public static Session session(Response response) {
    return new Session(
        UUID.fromString(response.path("user.id")),
        response.path("access_token"),
        response.cookie(COOKIE));
  }

  public static Response refresh(String refreshToken) {
    return given().cookie(COOKIE, refreshToken).post("/api/v1/auth/refresh");
  }
}
