package dev.macai.testkit.tokens;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Two people with their own data, and a JSON request as each of them (or as nobody). */
public final class Users {

  public static final UUID ADA = UUID.fromString("00000000-0000-4000-8000-00000000ada0");
  public static final UUID EVE = UUID.fromString("00000000-0000-4000-8000-000000000e0e");

  private Users() {}

  public static RequestSpecification as(UUID user) {
    return given().auth().oauth2(TestTokens.valid(user, "user")).contentType(ContentType.JSON);
  }

  public static RequestSpecification asAdmin(UUID user) {
    return given()
        .auth()
        .oauth2(TestTokens.valid(user, "user", "admin"))
        .contentType(ContentType.JSON);
  }

  public static RequestSpecification anonymous() {
    return given().contentType(ContentType.JSON);
  }
}
