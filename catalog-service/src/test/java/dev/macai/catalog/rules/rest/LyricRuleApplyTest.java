package dev.macai.catalog.rules.rest;

import static dev.macai.catalog.rules.rest.LyricRuleCrudTest.RULES;
import static dev.macai.catalog.rules.rest.LyricRuleCrudTest.create;
import static dev.macai.catalog.rules.rest.LyricRuleCrudTest.rule;
import static dev.macai.testkit.tokens.Users.ADA;
import static dev.macai.testkit.tokens.Users.EVE;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.macai.catalog.rules.RuleTable;
import dev.macai.catalog.support.PostgresResource;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /apply with the seeded rules, as any signed-in user. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class LyricRuleApplyTest {

  static final String APPLY = RULES + "/apply";

  static final String MESSY =
      String.join(
          "\n",
          "**Intro**  ",
          "“Hello,” she said   ",
          "(guitar solo)",
          "",
          "",
          "",
          "",
          "**Chorus**",
          "We were running down the avenue, the night was young and so were we, so free",
          "Verse 2:",
          "It’s the end of the road, don´t you know   ",
          "[Produced by Someone]",
          "[Chorus]",
          "I love you (love you)");

  static final String CLEAN =
      String.join(
          "\n",
          "[INTRO]",
          "\"Hello,\" she said",
          "",
          "[CHORUS]",
          "We were running down the avenue,",
          "the night was young and so were we, so free",
          "[VERSE 2]",
          "It's the end of the road, don't you know",
          "",
          "[CHORUS]",
          "I love you (love you)");

  @Inject RuleTable table;

  @BeforeEach
  void freshInstall() {
    table.reseed();
  }

  private static Map<String, Object> text(String text, String ruleType) {
    Map<String, Object> body = new HashMap<>();
    body.put("text", text);
    body.put("rule_type", ruleType);
    return body;
  }

  @Test
  void aMessyLyricComesBackCleanForAnyUser() {
    Users.as(EVE)
        .body(text(MESSY, null))
        .post(APPLY)
        .then()
        .statusCode(200)
        .body("text", equalTo(CLEAN))
        .body(
            "applied",
            contains(
                "Normalise double quotes",
                "Normalise apostrophes",
                "Remove production notes",
                "Trim trailing spaces",
                "Break long lines after commas",
                "Collapse blank lines",
                "Section: INTRO",
                "Section: VERSE n",
                "Section: CHORUS"));
  }

  @Test
  void windowsLineEndingsGiveTheSameResult() {
    Users.as(EVE)
        .body(text(MESSY.replace("\n", "\r\n"), null))
        .post(APPLY)
        .then()
        .statusCode(200)
        .body("text", equalTo(CLEAN));
  }

  @Test
  void runsOnlyTheRequestedType() {
    Users.as(EVE)
        .body(text("**Chorus**   \n“la”", "cleanup"))
        .post(APPLY)
        .then()
        .body("text", equalTo("**Chorus**\n\"la\""));
    Users.as(EVE)
        .body(text("**Chorus**   \n“la”", "section"))
        .post(APPLY)
        .then()
        .body("text", equalTo("[CHORUS]\n“la”"))
        .body("applied", contains("Section: CHORUS"));
  }

  @Test
  void skipsAnInactiveRule() {
    Map<String, Object> off =
        rule("Normalise double quotes", "[\\u201C\\u201D\\u201E\\u201F]", "\"", "cleanup");
    off.put("active", false);
    Users.asAdmin(ADA).body(off).put(RULES + "/" + RuleTable.seeded(1)).then().statusCode(200);

    Users.as(EVE)
        .body(text("“Hi” it’s me", null))
        .post(APPLY)
        .then()
        .statusCode(200)
        .body("text", equalTo("“Hi” it's me"))
        .body("applied", contains("Normalise apostrophes"))
        .body("applied", not(hasItem("Normalise double quotes")));
  }

  @Test
  void aTextNoRuleTouchesComesBackAsItIs() {
    Users.as(EVE)
        .body(text("[VERSE 1]\nPlain words\n\n[CHORUS]\nMore words", null))
        .post(APPLY)
        .then()
        .statusCode(200)
        .body("text", equalTo("[VERSE 1]\nPlain words\n\n[CHORUS]\nMore words"))
        .body("applied", empty());
  }

  @Test
  void aCatastrophicPatternNeverGetsStored() {
    Users.asAdmin(ADA)
        .body(rule("Backtracker", "(.*)*x", "", "cleanup"))
        .post(RULES)
        .then()
        .statusCode(400)
        .body("errors.field", contains("pattern"));
    Users.as(EVE).get(RULES).then().body("total", equalTo(RuleTable.SEEDED));
  }

  @Test
  void aRuleThatRunsAwayOnTheTextIsStoppedAndNamed() {
    // Passes the write check (no nested repetition) but is O(n^4) on a line without "=".
    create(rule("Four stars", ".*.*.*.*=", "", "cleanup"));

    Users.as(EVE)
        .body(text("x".repeat(400), null))
        .post(APPLY)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", containsString("Rule \"Four stars\" was stopped"));
  }

  @Test
  void listsEveryInvalidField() {
    Users.as(EVE)
        .body(Map.of("rule_type", "other"))
        .post(APPLY)
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("rule_type", "text"));
    Users.as(EVE)
        .body(text("x".repeat(100_001), null))
        .post(APPLY)
        .then()
        .statusCode(400)
        .body("errors.field", contains("text"));
  }

  @Test
  void needsAToken() {
    Users.anonymous().body(text("x", null)).post(APPLY).then().statusCode(401);
  }
}
