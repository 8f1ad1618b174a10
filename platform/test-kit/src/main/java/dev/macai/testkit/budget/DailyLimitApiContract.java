package dev.macai.testkit.budget;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.macai.testkit.tokens.Users;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The daily-limit API every budgeted service has (the kit's {@code dev.macai.platform.budget}):
 * {@code GET <budget>} for the caller, {@code GET/PUT/DELETE <budget>/limit} for admins. A
 * service's budget test extends it, names its path and the limit its test configuration sets, and
 * puts the limit back after each test ({@code DELETE <budget>/limit}).
 */
public abstract class DailyLimitApiContract {

  private static final UUID ADMIN = UUID.randomUUID();
  private final UUID me = UUID.randomUUID();

  /** E.g. {@code /api/v1/image/budget}. */
  protected abstract String budgetPath();

  /** The limit the service's test configuration sets (the admin API's {@code default_limit}). */
  protected abstract long configuredLimit();

  /** What {@code updated_at} of a fresh override must be; a service with a fixed clock names it. */
  protected Matcher<?> overrideStamp() {
    return notNullValue();
  }

  private String limitPath() {
    return budgetPath() + "/limit";
  }

  @Test
  void adminsReadSetAndResetTheLimit() {
    int configured = Math.toIntExact(configuredLimit());
    Users.asAdmin(ADMIN)
        .get(limitPath())
        .then()
        .statusCode(200)
        .body("daily_limit", equalTo(configured))
        .body("default_limit", equalTo(configured))
        .body("overridden", equalTo(false))
        .body("unlimited", equalTo(false))
        .body("updated_at", nullValue());

    Users.asAdmin(ADMIN)
        .body(Map.of("daily_limit", 7))
        .put(limitPath())
        .then()
        .statusCode(200)
        .body("daily_limit", equalTo(7))
        .body("default_limit", equalTo(configured))
        .body("overridden", equalTo(true))
        .body("unlimited", equalTo(false))
        .body("updated_at", overrideStamp());
    Users.asAdmin(ADMIN).get(limitPath()).then().body("daily_limit", equalTo(7));
    Users.as(me).get(budgetPath()).then().body("limit", equalTo(7)).body("remaining", equalTo(7));

    Users.asAdmin(ADMIN)
        .delete(limitPath())
        .then()
        .statusCode(200)
        .body("daily_limit", equalTo(configured))
        .body("overridden", equalTo(false));
    Users.as(me).get(budgetPath()).then().body("limit", equalTo(configured));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{\"daily_limit\": -1}",
        "{\"daily_limit\": 2.5}",
        "{\"daily_limit\": \"ten\"}",
        "{\"daily_limit\": null}",
        "{\"limit\": 3}",
        "{}",
        "[]"
      })
  void aLimitThatIsNoWholeNumberFromZeroIs400WithAStableCode(String body) {
    Users.asAdmin(ADMIN)
        .body(body)
        .put(limitPath())
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("invalid_daily_limit"))
        .body("errors.field", contains("daily_limit"));
    Users.asAdmin(ADMIN).get(limitPath()).then().body("overridden", equalTo(false));
  }

  @Test
  void anEmptyBodyIs400WithTheSameCode() {
    Users.asAdmin(ADMIN)
        .put(limitPath())
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_daily_limit"));
  }

  @Test
  void onlyAdminsTouchTheLimit() {
    Users.as(me).get(limitPath()).then().statusCode(403);
    Users.as(me).body(Map.of("daily_limit", 1_000_000)).put(limitPath()).then().statusCode(403);
    Users.as(me).delete(limitPath()).then().statusCode(403);
    Users.asAdmin(ADMIN).get(limitPath()).then().body("overridden", equalTo(false));
  }

  @Test
  void nobodyWithoutATokenSeesAnyOfIt() {
    Users.anonymous().get(budgetPath()).then().statusCode(401);
    Users.anonymous().get(limitPath()).then().statusCode(401);
    Users.anonymous().body(Map.of("daily_limit", 5)).put(limitPath()).then().statusCode(401);
    Users.anonymous().delete(limitPath()).then().statusCode(401);
  }
}
