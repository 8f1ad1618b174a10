package dev.macai.catalog.rules.rest;

import static dev.macai.catalog.rules.rest.LyricRuleCrudTest.RULES;
import static dev.macai.catalog.rules.rest.LyricRuleCrudTest.UNKNOWN;
import static dev.macai.testkit.tokens.Users.ADA;
import static dev.macai.testkit.tokens.Users.EVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.macai.catalog.rules.RuleTable;
import dev.macai.catalog.support.PostgresResource;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PATCH /reorder: every id once, position becomes order, all or nothing. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class LyricRuleReorderTest {

  static final String REORDER = RULES + "/reorder";

  @Inject RuleTable table;

  @BeforeEach
  void freshInstall() {
    table.reseed();
  }

  private static List<String> seededIds() {
    List<String> ids = new ArrayList<>();
    for (int n = 1; n <= RuleTable.SEEDED; n++) {
      ids.add(RuleTable.seeded(n).toString());
    }
    return ids;
  }

  @Test
  void positionBecomesOrderAndTheListFollows() {
    List<String> reversed = seededIds();
    Collections.reverse(reversed);

    Users.asAdmin(ADA)
        .body(Map.of("ids", reversed))
        .patch(REORDER)
        .then()
        .statusCode(200)
        .body("total", equalTo(RuleTable.SEEDED))
        .body("items.id", contains(reversed.toArray()))
        .body("items.order", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13));

    Users.as(EVE)
        .get(RULES + "?limit=100")
        .then()
        .body("items.id", contains(reversed.toArray()))
        .body("items[0].name", equalTo("Section: OUTRO"));
    assertThat(table.ordersByName()).containsEntry("Normalise double quotes", 13);
  }

  @Test
  void aListMissingARuleChangesNothing() {
    Map<String, Integer> before = table.ordersByName();
    List<String> ids = seededIds();
    Collections.reverse(ids);
    ids.remove(0);

    Users.asAdmin(ADA)
        .body(Map.of("ids", ids))
        .patch(REORDER)
        .then()
        .statusCode(400)
        .body("errors.field", contains("ids"))
        .body("errors[0].message", containsString("missing [" + RuleTable.seeded(13) + "]"));
    assertThat(table.ordersByName()).isEqualTo(before);
  }

  @Test
  void anUnknownIdChangesNothing() {
    Map<String, Integer> before = table.ordersByName();
    List<String> ids = seededIds();
    Collections.reverse(ids);
    ids.set(0, UNKNOWN.toString());
    ids.add(RuleTable.seeded(13).toString());

    Users.asAdmin(ADA)
        .body(Map.of("ids", ids))
        .patch(REORDER)
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("unknown [" + UNKNOWN + "]"));
    assertThat(table.ordersByName()).isEqualTo(before);
  }

  @Test
  void aDuplicateChangesNothing() {
    Map<String, Integer> before = table.ordersByName();
    List<String> ids = seededIds();
    Collections.reverse(ids);
    ids.add(ids.get(0));

    Users.asAdmin(ADA)
        .body(Map.of("ids", ids))
        .patch(REORDER)
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString(RuleTable.seeded(13) + " more than once"));
    assertThat(table.ordersByName()).isEqualTo(before);
  }

  @Test
  void listsInvalidFields() {
    Users.asAdmin(ADA)
        .body(Map.of())
        .patch(REORDER)
        .then()
        .statusCode(400)
        .body("errors.field", contains("ids"));
    Map<String, Object> notUuids = new HashMap<>();
    notUuids.put("ids", List.of("not-a-uuid"));
    Users.asAdmin(ADA)
        .body(notUuids)
        .patch(REORDER)
        .then()
        .statusCode(400)
        .body("errors.field", contains("ids[0]"));
    List<UUID> withNull = new ArrayList<>(List.of(RuleTable.seeded(1)));
    withNull.add(null);
    Map<String, Object> nulls = new HashMap<>();
    nulls.put("ids", withNull);
    Users.asAdmin(ADA)
        .body(nulls)
        .patch(REORDER)
        .then()
        .statusCode(400)
        .body("errors.field", contains("ids"));
  }

  @Test
  void plainUsersMayNotReorder() {
    Users.as(EVE).body(Map.of("ids", seededIds())).patch(REORDER).then().statusCode(403);
  }

  @Test
  void needsAToken() {
    Users.anonymous().body(Map.of("ids", seededIds())).patch(REORDER).then().statusCode(401);
  }
}
