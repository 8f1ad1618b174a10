package dev.macai.auth.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;

/** The calls most tests start with: sign up, log in. */
public final class AuthApi {

  public static final String PASSWORD = "correct horse battery";
  public static final String COOKIE = "refresh_token";

  private AuthApi() {}

  public record Session(UUID userId, String accessToken, String refreshToken) {}

  public static Response register(String email) {
    return given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "email", email, "password", PASSWORD, "first_name", "Ada", "last_name", "Lovelace"))
        .post("/api/v1/user/create");
  }

  public static Response login(String email, String password) {
    return given()
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
