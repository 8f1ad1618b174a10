package dev.macai.auth.rest;

import static dev.macai.auth.support.AuthApi.PASSWORD;
import static dev.macai.auth.support.AuthApi.login;
import static dev.macai.auth.support.AuthApi.refresh;
import static dev.macai.auth.support.AuthApi.session;
import static dev.macai.auth.support.AuthApi.signedUp;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.macai.auth.support.AuthApi.Session;
import dev.macai.auth.support.CleanState;
import dev.macai.auth.support.PostgresResource;
import dev.macai.auth.support.TestClock;
import dev.macai.testkit.tokens.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Refresh-token rotation, reuse detection and logout. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class SessionTest {

  @Inject CleanState state;
  @Inject TestClock clock;

  Session session;

  @BeforeEach
  void reset() {
    state.reset();
    session = signedUp("ada@example.com");
  }

  @Nested
  class Refresh {

    @Test
    void rotatesTheTokenAndKeepsTheSession() {
      Session next =
          session(
              refresh(session.refreshToken())
                  .then()
                  .statusCode(200)
                  .header("Cache-Control", "no-store")
                  .extract()
                  .response());
      assertThat(next.refreshToken()).isNotBlank().isNotEqualTo(session.refreshToken());
      assertThat(next.accessToken()).isNotEqualTo(session.accessToken());
      assertThat(sid(next.accessToken())).isEqualTo(sid(session.accessToken()));
      given().auth().oauth2(next.accessToken()).get("/api/v1/user/profile").then().statusCode(200);
      refresh(next.refreshToken()).then().statusCode(200);
    }

    @Test
    void reusingARotatedTokenRevokesTheWholeFamily() {
      Session next =
          session(refresh(session.refreshToken()).then().statusCode(200).extract().response());
      refresh(session.refreshToken())
          .then()
          .statusCode(401)
          .contentType("application/problem+json");
      // The thief's copy and the legitimate successor are both dead now.
      refresh(next.refreshToken()).then().statusCode(401);
    }

    @Test
    void otherSessionsSurviveAReuse() {
      Session other = session(login("ada@example.com", PASSWORD).then().extract().response());
      refresh(session.refreshToken()).then().statusCode(200);
      refresh(session.refreshToken()).then().statusCode(401);
      refresh(other.refreshToken()).then().statusCode(200);
    }

    @Test
    void expiresAfterThirtyDays() {
      clock.advance(Duration.ofDays(30).plusSeconds(1));
      refresh(session.refreshToken()).then().statusCode(401);
    }

    @Test
    void rotationNeverExtendsAFamilyBeyondItsMaximum() {
      clock.advance(Duration.ofDays(20));
      Response day20 = refresh(session.refreshToken()).then().statusCode(200).extract().response();
      // The new token's own 30 days would end on day 50; the family ends on day 30.
      String maxAge = day20.header("Set-Cookie").replaceAll(".*Max-Age=(\\d+).*", "$1");
      assertThat(Long.parseLong(maxAge))
          .isBetween(Duration.ofDays(10).toSeconds() - 60, Duration.ofDays(10).toSeconds());
      clock.advance(Duration.ofDays(9));
      Session day29 =
          session(
              refresh(session(day20).refreshToken()).then().statusCode(200).extract().response());
      clock.advance(Duration.ofDays(1));
      refresh(day29.refreshToken()).then().statusCode(401);
    }

    @Test
    void missingOrUnknownCookieIsUnauthorized() {
      given().post("/api/v1/auth/refresh").then().statusCode(401).body("status", equalTo(401));
      refresh("not-a-token").then().statusCode(401);
    }
  }

  /** POST /api/v1/auth/logout: where the browser sends the cookie, so no access token needed. */
  @Nested
  class LogoutByCookie {

    @Test
    void revokesTheCookiesFamilyWithoutAnAccessTokenAndClearsTheCookie() {
      String setCookie =
          given()
              .cookie("refresh_token", session.refreshToken())
              .post("/api/v1/auth/logout")
              .then()
              .statusCode(204)
              .extract()
              .header("Set-Cookie");
      assertThat(setCookie)
          .startsWith("refresh_token=;")
          .contains("Max-Age=0", "Path=/api/v1/auth", "HttpOnly", "Secure");
      refresh(session.refreshToken()).then().statusCode(401);
    }

    @Test
    void anExpiredAccessTokenDoesNotStopIt() {
      given()
          .auth()
          .oauth2(TestTokens.expired(session.userId()))
          .cookie("refresh_token", session.refreshToken())
          .post("/api/v1/auth/logout")
          .then()
          .statusCode(204);
      refresh(session.refreshToken()).then().statusCode(401);
    }

    @Test
    void revokesOnlyThatFamily() {
      Session other = session(login("ada@example.com", PASSWORD).then().extract().response());
      given()
          .cookie("refresh_token", session.refreshToken())
          .post("/api/v1/auth/logout")
          .then()
          .statusCode(204);
      refresh(other.refreshToken()).then().statusCode(200);
    }

    @Test
    void withoutACookieStillSucceedsAndClears() {
      given()
          .post("/api/v1/auth/logout")
          .then()
          .statusCode(204)
          .header("Set-Cookie", org.hamcrest.Matchers.startsWith("refresh_token=;"));
    }
  }

  @Nested
  class Logout {

    @Test
    void withTheAccessTokenRevokesTheSessionAndClearsTheCookie() {
      String setCookie =
          given()
              .auth()
              .oauth2(session.accessToken())
              .post("/api/v1/user/logout")
              .then()
              .statusCode(204)
              .extract()
              .header("Set-Cookie");
      assertThat(setCookie)
          .startsWith("refresh_token=;")
          .contains("Max-Age=0", "Path=/api/v1/auth");
      refresh(session.refreshToken()).then().statusCode(401);
    }

    @Test
    void withTheCookieAloneRevokesTheSession() {
      given()
          .cookie("refresh_token", session.refreshToken())
          .post("/api/v1/user/logout")
          .then()
          .statusCode(204);
      refresh(session.refreshToken()).then().statusCode(401);
    }

    @Test
    void withAStaleAccessTokenStillEndsTheSessionOfTheCookie() {
      given()
          .auth()
          .oauth2(TestTokens.expired(session.userId()))
          .cookie("refresh_token", session.refreshToken())
          .post("/api/v1/user/logout")
          .then()
          .statusCode(204);
      refresh(session.refreshToken()).then().statusCode(401);
    }

    @Test
    void withoutAnySessionStillSucceeds() {
      given().post("/api/v1/user/logout").then().statusCode(204);
    }
  }

  private static String sid(String accessToken) {
    String payload = new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]));
    return JsonPath.from(payload).getString("sid");
  }
}
