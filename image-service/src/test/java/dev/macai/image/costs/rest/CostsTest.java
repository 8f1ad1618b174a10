package dev.macai.image.costs.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.macai.image.support.PostgresResource;
import dev.macai.image.support.ProviderSimulator;
import dev.macai.testkit.simulator.InjectSimulator;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Costs are organisation-wide: every test starts from an empty cache. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class CostsTest {

  static final String COSTS = "/api/v1/openai/costs";

  /** The simulator's two pages: 0.32 + 0.0125 + 0.12 + 0.0036 + 0.08. */
  static final double SIMULATED_TOTAL = 0.5361;

  @InjectSimulator WireMockServer simulator;

  @BeforeEach
  void emptyCache() throws SQLException {
    sql("DELETE FROM image.api_costs_monthly");
    simulator.resetRequests();
    RestAssured.config =
        RestAssured.config()
            .jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
  }

  @AfterEach
  void plainNumbers() {
    RestAssured.reset();
  }

  @Test
  void currentMonthAddsUpEveryPageByModelAndCategory() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Users.asAdmin(UUID.randomUUID())
        .get(COSTS + "/current")
        .then()
        .statusCode(200)
        .body("year", equalTo(today.getYear()))
        .body("month", equalTo(today.getMonthValue()))
        .body("currency", equalTo("usd"))
        .body("total_usd", closeTo(SIMULATED_TOTAL, 1e-9))
        .body("by_category.image", closeTo(0.52, 1e-9))
        .body("by_category.chat", closeTo(0.0161, 1e-9))
        .body("by_category.other", equalTo(0))
        .body("by_model.'dall-e-3'", closeTo(0.52, 1e-9))
        .body("by_model.'gpt-4o-mini-2024-07-18'", closeTo(0.0036, 1e-9))
        .body("is_final", equalTo(false))
        .body("stale", equalTo(false));
    // Two pages, with the admin key (never the generation key).
    simulator.verify(
        2,
        costsRequests()
            .withHeader("Authorization", WireMock.equalTo("Bearer sk-admin-test"))
            .withQueryParam("bucket_width", WireMock.equalTo("1d"))
            .withQueryParam("group_by", WireMock.equalTo("line_item")));
    simulator.verify(
        1, costsRequests().withQueryParam("page", WireMock.equalTo("page_simulated_2")));
  }

  @Test
  void theCurrentMonthIsReusedWithinTheTtlAndRefetchedAfter() throws SQLException {
    Users.asAdmin(UUID.randomUUID()).get(COSTS + "/current").then().statusCode(200);
    Users.asAdmin(UUID.randomUUID()).get(COSTS + "/current").then().statusCode(200);
    simulator.verify(2, costsRequests());

    sql("UPDATE image.api_costs_monthly SET fetched_at = now() - interval '61 minutes'");
    Users.asAdmin(UUID.randomUUID()).get(COSTS + "/current").then().statusCode(200);
    simulator.verify(4, costsRequests());
  }

  @Test
  void aPastMonthIsFinalAndNeverFetchedAgain() {
    Users.asAdmin(UUID.randomUUID())
        .get(COSTS + "/2025/1")
        .then()
        .statusCode(200)
        .body("year", equalTo(2025))
        .body("month", equalTo(1))
        .body("is_final", equalTo(true))
        .body("total_usd", closeTo(SIMULATED_TOTAL, 1e-9));
    simulator.verify(
        1,
        costsRequests()
            .withQueryParam("start_time", WireMock.equalTo("1735689600"))
            .withQueryParam("end_time", WireMock.equalTo("1738368000"))
            .withoutQueryParam("page"));
    Users.asAdmin(UUID.randomUUID()).get(COSTS + "/2025/1").then().statusCode(200);
    simulator.verify(2, costsRequests());
  }

  @Test
  void allTimeSumsTheCachedMonthsWithoutAskingOpenAi() {
    Users.asAdmin(UUID.randomUUID())
        .get(COSTS + "/all-time")
        .then()
        .statusCode(200)
        .body("months", equalTo(0))
        .body("total_usd", equalTo(0));
    Users.asAdmin(UUID.randomUUID()).get(COSTS + "/2025/1").then().statusCode(200);
    Users.asAdmin(UUID.randomUUID()).get(COSTS + "/2025/2").then().statusCode(200);
    simulator.resetRequests();
    Users.asAdmin(UUID.randomUUID())
        .get(COSTS + "/all-time")
        .then()
        .statusCode(200)
        .body("months", equalTo(2))
        .body("first_month", equalTo("2025-01"))
        .body("last_month", equalTo("2025-02"))
        .body("total_usd", closeTo(2 * SIMULATED_TOTAL, 1e-9))
        .body("by_category.image", closeTo(1.04, 1e-9));
    simulator.verify(0, costsRequests());
  }

  @Test
  void aFailureWithoutCacheIsABadGateway() {
    // The simulator fails January 2021 (start_time 1609459200).
    Users.asAdmin(UUID.randomUUID())
        .get(COSTS + "/2021/1")
        .then()
        .statusCode(502)
        .contentType("application/problem+json")
        .body("detail", startsWith("OpenAI answered 500: The server had an error"));
  }

  @Test
  void aFailureWithACachedMonthServesTheCacheMarkedStale() throws SQLException {
    sql(
        "INSERT INTO image.api_costs_monthly (year, month, total_usd, by_model, by_category, final,"
            + " fetched_at) VALUES (2021, 1, 1.5, '{\"dall-e-3\": 1.5}',"
            + " '{\"image\": 1.5, \"chat\": 0, \"other\": 0}', false, '2021-01-20T10:00:00Z')");
    Users.asAdmin(UUID.randomUUID())
        .get(COSTS + "/2021/1")
        .then()
        .statusCode(200)
        .body("stale", equalTo(true))
        .body("is_final", equalTo(false))
        .body("total_usd", closeTo(1.5, 1e-9));
  }

  @Test
  void refusesMonthsOutOfRangeOrInTheFuture() {
    Users.asAdmin(UUID.randomUUID())
        .get(COSTS + "/2019/13")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("year", "month"));
    LocalDate next = LocalDate.now(ZoneOffset.UTC).plusMonths(1);
    Users.asAdmin(UUID.randomUUID())
        .get(COSTS + "/" + next.getYear() + "/" + next.getMonthValue())
        .then()
        .statusCode(400)
        .body("errors.field", contains("month"));
  }

  /** The organisation's bill is the owner's business, not every account's. */
  @Test
  void isForAdminsOnly() {
    for (String path : new String[] {"/current", "/2025/1", "/all-time"}) {
      Users.as(UUID.randomUUID()).get(COSTS + path).then().statusCode(403);
    }
  }

  @Test
  void needsAToken() {
    Users.anonymous().get(COSTS + "/current").then().statusCode(401);
    Users.anonymous().get(COSTS + "/2025/1").then().statusCode(401);
    Users.anonymous().get(COSTS + "/all-time").then().statusCode(401);
  }

  private static RequestPatternBuilder costsRequests() {
    return getRequestedFor(urlPathEqualTo("/v1/organization/costs"));
  }

  private static void sql(String statement) throws SQLException {
    String url = ConfigProvider.getConfig().getValue(PostgresResource.SUPERUSER_URL, String.class);
    try (Connection connection = DriverManager.getConnection(url);
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }
}
