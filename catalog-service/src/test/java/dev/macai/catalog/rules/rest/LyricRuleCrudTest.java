package dev.macai.catalog.rules.rest;

import static dev.macai.testkit.tokens.Users.ADA;
import static dev.macai.testkit.tokens.Users.EVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.macai.catalog.rules.RuleTable;
import dev.macai.catalog.support.PostgresResource;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Create, read, update and delete. Rules are global (no owner), so there is no "another user's id"
 * case: an unknown id is the only 404, and a plain user reading works while writing is 403.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class LyricRuleCrudTest {

  static final String RULES = "/api/v1/lyric-parsing-rules";
  static final UUID UNKNOWN = UUID.fromString("00000000-0000-4000-8000-00000000dead");

  @Inject RuleTable table;

  @BeforeEach
  void freshInstall() {
    table.reseed();
  }

  static Map<String, Object> rule(String name, String pattern, String replacement, String type) {
    Map<String, Object> rule = new HashMap<>();
    rule.put("name", name);
    rule.put("description", "for a test");
    rule.put("pattern", pattern);
    rule.put("replacement", replacement);
    rule.put("rule_type", type);
    return rule;
  }

  static String create(Map<String, Object> rule) {
    return Users.asAdmin(ADA).body(rule).post(RULES).then().statusCode(201).extract().path("id");
  }

  @Nested
  class Listing {

    @Test
    void everySignedInUserSeesTheSeededRulesInOrder() {
      Users.as(EVE)
          .get(RULES + "?limit=100")
          .then()
          .statusCode(200)
          .body("total", equalTo(RuleTable.SEEDED))
          .body("items", hasSize(RuleTable.SEEDED))
          .body("items[0].name", equalTo("Normalise double quotes"))
          .body("items[0].order", equalTo(1))
          .body("items[12].name", equalTo("Section: OUTRO"))
          .body("items.order", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13));
    }

    @Test
    void filtersByTypeAndActiveFlag() {
      Users.as(EVE)
          .get(RULES + "?rule_type=section")
          .then()
          .statusCode(200)
          .body("total", equalTo(7))
          .body("items.rule_type", everyItem(equalTo("section")));
      Map<String, Object> inactive = rule("Off", "x", "y", "cleanup");
      inactive.put("active", false);
      create(inactive);
      Users.as(EVE)
          .get(RULES + "?active=false")
          .then()
          .statusCode(200)
          .body("items.name", contains("Off"));
      Users.as(EVE).get(RULES + "?active=true&rule_type=cleanup").then().body("total", equalTo(6));
    }

    @Test
    void pages() {
      Users.as(EVE)
          .get(RULES + "?limit=5&offset=10")
          .then()
          .statusCode(200)
          .body("total", equalTo(RuleTable.SEEDED))
          .body("limit", equalTo(5))
          .body("offset", equalTo(10))
          .body("items.order", contains(11, 12, 13));
    }

    @Test
    void listsEveryInvalidParameter() {
      Users.as(EVE)
          .get(RULES + "?rule_type=other&limit=0&offset=-1")
          .then()
          .statusCode(400)
          .body("errors.field", containsInAnyOrder("limit", "offset", "rule_type"));
    }

    @Test
    void needsAToken() {
      Users.anonymous().get(RULES).then().statusCode(401).contentType("application/problem+json");
    }
  }

  @Nested
  class Get {

    @Test
    void showsOneRuleWithItsReplacementInPlainText() {
      Users.as(EVE)
          .get(RULES + "/" + RuleTable.seeded(6))
          .then()
          .statusCode(200)
          .body("name", equalTo("Collapse blank lines"))
          .body("pattern", equalTo("\\n{3,}"))
          .body("replacement", equalTo("\n\n"))
          .body("rule_type", equalTo("cleanup"))
          .body("active", equalTo(true))
          .body("created_at", notNullValue());
    }

    @Test
    void unknownIdIsNotFound() {
      Users.as(EVE)
          .get(RULES + "/" + UNKNOWN)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
    }

    @Test
    void needsAToken() {
      Users.anonymous().get(RULES + "/" + RuleTable.seeded(1)).then().statusCode(401);
    }
  }

  @Nested
  class Create {

    @Test
    void adminCreatesARuleAtTheEnd() {
      String id =
          Users.asAdmin(ADA)
              .body(rule("  Ellipsis  ", "\\.{3}", "…", "cleanup"))
              .post(RULES)
              .then()
              .statusCode(201)
              .body("name", equalTo("Ellipsis"))
              .body("replacement", equalTo("…"))
              .body("active", equalTo(true))
              .body("order", equalTo(RuleTable.SEEDED + 1))
              .extract()
              .path("id");
      Users.as(EVE).get(RULES + "/" + id).then().statusCode(200).body("name", equalTo("Ellipsis"));
    }

    @Test
    void locationNamesTheNewRule() {
      var response = Users.asAdmin(ADA).body(rule("Dash", "--", "—", "cleanup")).post(RULES).then();
      String id = response.extract().path("id");
      assertThat(response.extract().header("Location")).endsWith(RULES + "/" + id);
    }

    @Test
    void keepsAGivenOrderAndActiveFlag() {
      Map<String, Object> rule = rule("Early", "x", "y", "section");
      rule.put("order", 0);
      rule.put("active", false);
      Users.asAdmin(ADA)
          .body(rule)
          .post(RULES)
          .then()
          .statusCode(201)
          .body("order", equalTo(0))
          .body("active", equalTo(false))
          .body("description", equalTo("for a test"));
      Users.as(EVE).get(RULES).then().body("items[0].name", equalTo("Early"));
    }

    @Test
    void listsEveryInvalidField() {
      Map<String, Object> rule = rule(" ", "(abc", null, "other");
      rule.put("order", -1);
      rule.put("description", "d".repeat(2001));
      Users.asAdmin(ADA)
          .body(rule)
          .post(RULES)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body(
              "errors.field",
              containsInAnyOrder(
                  "description", "name", "order", "pattern", "replacement", "rule_type"))
          .body(
              "errors.find { it.field == 'pattern' }.message",
              equalTo("is not a valid regular expression: Unclosed group near index 4"));
    }

    @Test
    void missingFieldsAreListedToo() {
      Users.asAdmin(ADA)
          .body(Map.of())
          .post(RULES)
          .then()
          .statusCode(400)
          .body("errors.field", containsInAnyOrder("name", "pattern", "replacement", "rule_type"));
    }

    @Test
    void refusesACatastrophicPattern() {
      Users.asAdmin(ADA)
          .body(rule("Words", "^(\\w+\\s?)*$", "", "cleanup"))
          .post(RULES)
          .then()
          .statusCode(400)
          .body("errors.field", contains("pattern"))
          .body("errors[0].message", containsString("looks catastrophic"))
          .body("errors[0].message", containsString("(\\w+\\s?)*"));
      Users.as(EVE).get(RULES).then().body("total", equalTo(RuleTable.SEEDED));
    }

    @Test
    void refusesAReplacementThatDoesNotFitThePattern() {
      Users.asAdmin(ADA)
          .body(rule("Swap", "(a)(b)", "${first}$3", "cleanup"))
          .post(RULES)
          .then()
          .statusCode(400)
          .body("errors.field", contains("replacement"))
          .body("errors[0].message", containsString("does not fit the pattern"));
    }

    @Test
    void refusesATakenName() {
      Users.asAdmin(ADA)
          .body(rule("Trim trailing spaces", "x", "", "cleanup"))
          .post(RULES)
          .then()
          .statusCode(409)
          .body("detail", containsString("Trim trailing spaces"));
    }

    @Test
    void plainUsersMayNotWrite() {
      Users.as(EVE)
          .body(rule("Mine", "x", "y", "cleanup"))
          .post(RULES)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }

    @Test
    void needsAToken() {
      Users.anonymous().body(rule("Mine", "x", "y", "cleanup")).post(RULES).then().statusCode(401);
    }
  }

  @Nested
  class Update {

    @Test
    void replacesTheFieldsAndKeepsOmittedOrderAndActive() {
      String id = create(rule("Tabs", "\\t", " ", "cleanup"));
      Map<String, Object> change = rule("Tabs to spaces", "\\t+", "  ", "section");
      change.put("description", " ");
      Users.asAdmin(ADA)
          .body(change)
          .put(RULES + "/" + id)
          .then()
          .statusCode(200)
          .body("name", equalTo("Tabs to spaces"))
          .body("pattern", equalTo("\\t+"))
          .body("replacement", equalTo("  "))
          .body("rule_type", equalTo("section"))
          .body("description", nullValue())
          .body("active", equalTo(true))
          .body("order", equalTo(RuleTable.SEEDED + 1));
      change.put("active", false);
      change.put("order", 3);
      Users.asAdmin(ADA)
          .body(change)
          .put(RULES + "/" + id)
          .then()
          .statusCode(200)
          .body("active", equalTo(false))
          .body("order", equalTo(3));
      Users.as(EVE).get(RULES + "/" + id).then().body("active", equalTo(false));
    }

    @Test
    void listsEveryInvalidField() {
      Users.asAdmin(ADA)
          .body(rule("", "(.*)*", "", "other"))
          .put(RULES + "/" + RuleTable.seeded(1))
          .then()
          .statusCode(400)
          .body("errors.field", containsInAnyOrder("name", "pattern", "rule_type"));
    }

    @Test
    void refusesTheNameOfAnotherRuleButKeepsItsOwn() {
      Map<String, Object> seed = rule("Normalise double quotes", "[“”]", "\"", "cleanup");
      Users.asAdmin(ADA).body(seed).put(RULES + "/" + RuleTable.seeded(1)).then().statusCode(200);
      Users.asAdmin(ADA).body(seed).put(RULES + "/" + RuleTable.seeded(2)).then().statusCode(409);
    }

    @Test
    void unknownIdIsNotFound() {
      Users.asAdmin(ADA)
          .body(rule("Ghost", "x", "y", "cleanup"))
          .put(RULES + "/" + UNKNOWN)
          .then()
          .statusCode(404);
    }

    @Test
    void plainUsersMayNotWrite() {
      Users.as(EVE)
          .body(rule("Mine", "x", "y", "cleanup"))
          .put(RULES + "/" + RuleTable.seeded(1))
          .then()
          .statusCode(403);
    }

    @Test
    void needsAToken() {
      Users.anonymous()
          .body(rule("Mine", "x", "y", "cleanup"))
          .put(RULES + "/" + RuleTable.seeded(1))
          .then()
          .statusCode(401);
    }
  }

  @Nested
  class Delete {

    @Test
    void adminDeletesARule() {
      Users.asAdmin(ADA).delete(RULES + "/" + RuleTable.seeded(5)).then().statusCode(204);
      Users.as(EVE).get(RULES + "/" + RuleTable.seeded(5)).then().statusCode(404);
      Users.as(EVE).get(RULES).then().body("total", equalTo(RuleTable.SEEDED - 1));
    }

    @Test
    void unknownIdIsNotFound() {
      Users.asAdmin(ADA).delete(RULES + "/" + UNKNOWN).then().statusCode(404);
    }

    @Test
    void plainUsersMayNotWrite() {
      Users.as(EVE).delete(RULES + "/" + RuleTable.seeded(5)).then().statusCode(403);
      Users.as(EVE).get(RULES + "/" + RuleTable.seeded(5)).then().statusCode(200);
    }

    @Test
    void needsAToken() {
      Users.anonymous().delete(RULES + "/" + RuleTable.seeded(5)).then().statusCode(401);
    }
  }
}
