package dev.macai.catalog.rules.rest;

import static dev.macai.catalog.rules.rest.LyricRuleCrudTest.RULES;
import static dev.macai.catalog.rules.rest.LyricRuleCrudTest.create;
import static dev.macai.catalog.rules.rest.LyricRuleCrudTest.rule;
import static dev.macai.testkit.tokens.Users.ADA;
import static dev.macai.testkit.tokens.Users.EVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.macai.catalog.rules.RuleTable;
import dev.macai.catalog.support.PostgresResource;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The replacement column holds Base64; clients only ever see plain text. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class LyricRuleStorageTest {

  @Inject RuleTable table;

  @BeforeEach
  void freshInstall() {
    table.reseed();
  }

  @Test
  void aCommaAndNewlineIsStoredAsBase64AndReturnedWithARealNewline() {
    String id = create(rule("Comma break", ", ", ",\n", "cleanup"));

    assertThat(table.storedReplacement(UUID.fromString(id))).isEqualTo("LAo=");
    String returned =
        Users.as(EVE).get(RULES + "/" + id).then().statusCode(200).extract().path("replacement");
    assertThat(returned).isEqualTo(",\n").hasSize(2).contains("\n").doesNotContain("\\");
  }

  @Test
  void backslashesAndEmojiSurviveAnUpdate() {
    String id = create(rule("Odd", "(x)", "a", "cleanup"));
    String replacement = "\\\\ $1 😀\n\t";
    Users.asAdmin(ADA)
        .body(rule("Odd", "(x)", replacement, "cleanup"))
        .put(RULES + "/" + id)
        .then()
        .statusCode(200)
        .body("replacement", equalTo(replacement));

    String stored = table.storedReplacement(UUID.fromString(id));
    assertThat(stored).matches("[A-Za-z0-9+/]+={0,2}");
    assertThat(new String(Base64.getDecoder().decode(stored), StandardCharsets.UTF_8))
        .isEqualTo(replacement);
    Users.as(EVE).get(RULES + "/" + id).then().body("replacement", equalTo(replacement));
  }

  @Test
  void theSeedIsStoredAsBase64Too() {
    assertThat(table.storedReplacement(RuleTable.seeded(5))).isEqualTo("JDEsCg==");
    Users.as(EVE)
        .get(RULES + "/" + RuleTable.seeded(5))
        .then()
        .body("replacement", equalTo("$1,\n"));
  }
}
