package dev.macai.auth.rest;

import static dev.macai.auth.support.AuthApi.PASSWORD;
import static dev.macai.auth.support.AuthApi.loginFrom;
import static dev.macai.auth.support.AuthApi.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.macai.auth.support.CleanState;
import dev.macai.auth.support.PostgresResource;
import dev.macai.auth.support.TestClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failed logins slow down the (email, address) key with doubling delays instead of locking the
 * account; defaults: 5 free failures, then 1 s doubling to 15 min; account-wide 50 free, cap 1 min.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ThrottleTest {

  private static final String EMAIL = "ada@example.com";
  private static final String UNKNOWN = "nobody@example.com";
  private static final String WRONG = "wrong password!";
  private static final String ATTACKER = "203.0.113.7";
  private static final String OWNER = "198.51.100.2";

  @Inject CleanState state;
  @Inject TestClock clock;

  @BeforeEach
  void reset() {
    state.reset();
    register(EMAIL).then().statusCode(201);
  }

  @Test
  void afterFiveFailuresTheNextAttemptWaitsAndTheWaitDoubles() {
    for (int i = 0; i < 5; i++) {
      loginFrom(ATTACKER, EMAIL, WRONG).then().statusCode(401);
    }
    // Refused unheard, even with the right password.
    loginFrom(ATTACKER, EMAIL, PASSWORD)
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", "1")
        .body("code", equalTo("login_throttled"))
        .body("retry_after", equalTo(1));
    clock.advance(Duration.ofSeconds(1));
    loginFrom(ATTACKER, EMAIL, WRONG).then().statusCode(401);
    loginFrom(ATTACKER, EMAIL, PASSWORD).then().statusCode(429).header("Retry-After", "2");
    clock.advance(Duration.ofSeconds(2));
    loginFrom(ATTACKER, EMAIL, PASSWORD).then().statusCode(200);
  }

  @Test
  void theWaitIsCappedAtFifteenMinutes() {
    failUntilLongWait(EMAIL, ATTACKER);
    loginFrom(ATTACKER, EMAIL, PASSWORD).then().statusCode(429).header("Retry-After", "900");
    clock.advance(Duration.ofMinutes(15));
    loginFrom(ATTACKER, EMAIL, PASSWORD).then().statusCode(200);
  }

  @Test
  void attemptsDuringTheWaitDoNotProlongIt() {
    for (int i = 0; i < 5; i++) {
      loginFrom(ATTACKER, EMAIL, WRONG);
    }
    for (int i = 0; i < 20; i++) {
      loginFrom(ATTACKER, EMAIL, WRONG).then().statusCode(429);
    }
    clock.advance(Duration.ofSeconds(1));
    loginFrom(ATTACKER, EMAIL, PASSWORD).then().statusCode(200);
  }

  @Test
  void anAttackersFailuresDoNotStopTheOwnerOnAnotherAddress() {
    failUntilLongWait(EMAIL, ATTACKER);
    loginFrom(ATTACKER, EMAIL, PASSWORD).then().statusCode(429);
    loginFrom(OWNER, EMAIL, PASSWORD).then().statusCode(200);
  }

  @Test
  void onlyTheGatewaysXRealIpCountsNotXForwardedFor() {
    for (int i = 0; i < 5; i++) {
      given()
          .header("X-Real-IP", ATTACKER)
          .header("X-Forwarded-For", "10.0.0." + i)
          .contentType(ContentType.JSON)
          .body(Map.of("email", EMAIL, "password", WRONG))
          .post("/api/v1/user/login")
          .then()
          .statusCode(401);
    }
    loginFrom(ATTACKER, EMAIL, PASSWORD).then().statusCode(429);
  }

  @Test
  void anUnknownEmailIsThrottledExactlyLikeAKnownOne() {
    for (int i = 0; i < 5; i++) {
      String known = loginFrom(ATTACKER, EMAIL, WRONG).then().statusCode(401).extract().asString();
      String unknown =
          loginFrom(ATTACKER, UNKNOWN, WRONG).then().statusCode(401).extract().asString();
      assertThat(known).isEqualTo(unknown).contains("\"code\":\"invalid_credentials\"");
    }
    // Drive both keys to the same long wait, so the comparison does not race a 1 s delay.
    for (int i = 0; i < 10; i++) {
      clock.advance(Duration.ofMinutes(15));
      loginFrom(ATTACKER, EMAIL, WRONG).then().statusCode(401);
      loginFrom(ATTACKER, UNKNOWN, WRONG).then().statusCode(401);
    }
    Response known = loginFrom(ATTACKER, EMAIL, PASSWORD);
    Response unknown = loginFrom(ATTACKER, UNKNOWN, PASSWORD);
    assertThat(known.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(429);
    assertThat(known.header("Retry-After"))
        .isEqualTo(unknown.header("Retry-After"))
        .isEqualTo("900");
    assertThat(known.asString()).isEqualTo(unknown.asString()).contains("login_throttled");
  }

  @Test
  void aSuccessClearsTheAddressCount() {
    for (int i = 0; i < 4; i++) {
      loginFrom(OWNER, EMAIL, WRONG).then().statusCode(401);
    }
    loginFrom(OWNER, EMAIL, PASSWORD).then().statusCode(200);
    for (int i = 0; i < 5; i++) {
      loginFrom(OWNER, EMAIL, WRONG).then().statusCode(401);
    }
    loginFrom(OWNER, EMAIL, PASSWORD).then().statusCode(429);
  }

  @Test
  void failuresAreForgottenAfterADay() {
    for (int i = 0; i < 4; i++) {
      loginFrom(OWNER, EMAIL, WRONG);
    }
    clock.advance(Duration.ofHours(25));
    for (int i = 0; i < 4; i++) {
      loginFrom(OWNER, EMAIL, WRONG).then().statusCode(401);
    }
    loginFrom(OWNER, EMAIL, PASSWORD).then().statusCode(200);
  }

  @Test
  void aCrowdOfAddressesMeetsTheAccountCeilingButNeverTheOwnersKnownAddress() {
    loginFrom(OWNER, EMAIL, PASSWORD).then().statusCode(200);
    for (int i = 0; i < 50; i++) {
      loginFrom("203.0.113." + i, EMAIL, WRONG).then().statusCode(401);
    }
    // Past the allowance, each further failure (after its wait) doubles the account-wide wait.
    for (int i = 0; i < 7; i++) {
      clock.advance(Duration.ofMinutes(1));
      loginFrom("192.0.2." + i, EMAIL, WRONG).then().statusCode(401);
    }
    Response fresh = loginFrom("192.0.2.200", EMAIL, PASSWORD);
    assertThat(fresh.statusCode()).isEqualTo(429);
    assertThat(Integer.parseInt(fresh.header("Retry-After"))).isBetween(50, 60);
    loginFrom(OWNER, EMAIL, PASSWORD).then().statusCode(200);
    // Capped at a minute: a new address of the owner waits, but is never locked out.
    clock.advance(Duration.ofMinutes(1));
    loginFrom("192.0.2.200", EMAIL, PASSWORD).then().statusCode(200);
  }

  @Test
  void countsLiveInTheDatabaseKeyedByHashesNotEmails() {
    loginFrom(ATTACKER, UNKNOWN, WRONG).then().statusCode(401);
    assertThat(state.query("SELECT count(*) FROM login_throttle WHERE failures = 1")).isEqualTo(2);
    assertThat(
            state.query(
                "SELECT count(*) FROM login_throttle WHERE subject_hash LIKE '%nobody%'"
                    + " OR address LIKE '%nobody%'"))
        .isZero();
  }

  /** 5 free failures, then one failure after each wait, until the wait reached its cap. */
  private void failUntilLongWait(String email, String address) {
    for (int i = 0; i < 5; i++) {
      loginFrom(address, email, WRONG).then().statusCode(401);
    }
    for (int i = 0; i < 10; i++) {
      clock.advance(Duration.ofMinutes(15));
      loginFrom(address, email, WRONG).then().statusCode(401);
    }
  }
}
