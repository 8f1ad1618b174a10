package dev.macai.song.support;

import static org.hamcrest.Matchers.equalTo;

import dev.macai.testkit.tokens.Users;
import java.util.Map;
import java.util.UUID;

/** The daily song budget as the API shows it, and the admin's limit. */
public final class Budgets {

  public static final String BUDGET = Songs.BASE + "/budget";
  public static final String LIMIT = BUDGET + "/limit";
  public static final UUID ADMIN = UUID.fromString("00000000-0000-4000-8000-0000000ad000");

  private Budgets() {}

  public static void setLimit(long limit) {
    Users.asAdmin(ADMIN)
        .body(Map.of("daily_limit", limit))
        .put(LIMIT)
        .then()
        .statusCode(200)
        .body("daily_limit", equalTo((int) limit));
  }

  public static void resetLimit() {
    Users.asAdmin(ADMIN).delete(LIMIT).then().statusCode(200);
  }

  public static int used(UUID user) {
    return Users.as(user).get(BUDGET).then().statusCode(200).extract().path("used");
  }
}
