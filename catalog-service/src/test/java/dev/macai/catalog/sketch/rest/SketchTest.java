package dev.macai.catalog.sketch.rest;

import static dev.macai.testkit.tokens.Users.ADA;
import static dev.macai.testkit.tokens.Users.EVE;
import static dev.macai.testkit.tokens.Users.anonymous;
import static dev.macai.testkit.tokens.Users.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dev.macai.catalog.support.CleanState;
import dev.macai.catalog.support.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class SketchTest {

  private static final String SKETCHES = "/api/v1/sketches";

  @Inject CleanState state;

  @BeforeEach
  void reset() {
    state.reset();
  }

  static Map<String, Object> sketch(String title, String prompt, List<String> tags) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("lyrics", "Singing " + title + "\nall along");
    body.put("prompt", prompt);
    body.put("tags", tags);
    return body;
  }

  static String create(UUID user, Map<String, Object> body) {
    return as(user).body(body).post(SKETCHES).then().statusCode(201).extract().path("id");
  }

  @Nested
  class Create {

    @Test
    void storesNormalisedTagsAsADraft() {
      as(ADA)
          .body(
              sketch("Rain Song", "melancholic indie folk", List.of(" Folk ", "RAIN", "folk", "")))
          .post(SKETCHES)
          .then()
          .statusCode(201)
          .header("Location", matchesPattern(".*" + SKETCHES + "/[0-9a-f-]{36}"))
          .body("title", equalTo("Rain Song"))
          .body("tags", contains("folk", "rain"))
          .body("workflow", equalTo("draft"))
          .body("sketch_type", equalTo("song"))
          .body("lyrics_over_limit", equalTo(false));
    }

    @Test
    void acceptsLyricsOverMurekasLimitButFlagsThem() {
      Map<String, Object> body = sketch("Epic", "prog rock", List.of());
      body.put("lyrics", "la ".repeat(1001));
      as(ADA)
          .body(body)
          .post(SKETCHES)
          .then()
          .statusCode(201)
          .body("lyrics_over_limit", equalTo(true));
    }

    @Test
    void listsEveryInvalidField() {
      Map<String, Object> body = new HashMap<>();
      body.put("title", "x".repeat(501));
      body.put("prompt", " ");
      body.put("tags", List.of("y".repeat(51)));
      body.put("workflow", "done");
      body.put("sketch_type", "symphony");
      as(ADA)
          .body(body)
          .post(SKETCHES)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body(
              "errors.field",
              containsInAnyOrder("title", "prompt", "tags[0]", "workflow", "sketch_type"));
    }

    @Test
    void needsAToken() {
      anonymous().body(sketch("A", "b", List.of())).post(SKETCHES).then().statusCode(401);
    }
  }

  @Nested
  class List_ {

    @BeforeEach
    void library() {
      create(ADA, sketch("Blue Guitar", "delta blues, slide guitar", List.of("blues")));
      create(ADA, sketch("Neon Nights", "synthwave 80s", List.of("synth", "night")));
      Map<String, Object> instrumental = sketch("Morning", "ambient piano", List.of("calm"));
      instrumental.put("sketch_type", "instrumental");
      instrumental.put("lyrics", null);
      create(ADA, instrumental);
      create(EVE, sketch("Eve's Blues", "blues", List.of("blues")));
    }

    @Test
    void showsOnlyTheCallersSketchesNewestFirst() {
      as(ADA)
          .get(SKETCHES)
          .then()
          .statusCode(200)
          .body("total", equalTo(3))
          .body("limit", equalTo(20))
          .body("offset", equalTo(0))
          .body("items.title", contains("Morning", "Neon Nights", "Blue Guitar"));
    }

    @Test
    void searchesEveryTextFieldByWordPrefix() {
      as(ADA)
          .queryParam("q", "gui")
          .get(SKETCHES)
          .then()
          .body("items.title", contains("Blue Guitar"));
      as(ADA)
          .queryParam("q", "SLIDE")
          .get(SKETCHES)
          .then()
          .body("items.title", contains("Blue Guitar"));
      as(ADA)
          .queryParam("q", "synth 80")
          .get(SKETCHES)
          .then()
          .body("items.title", contains("Neon Nights"));
      as(ADA).queryParam("q", "calm").get(SKETCHES).then().body("items.title", contains("Morning"));
      as(ADA).queryParam("q", "sing").get(SKETCHES).then().body("total", equalTo(2));
      as(ADA).queryParam("q", "zzz").get(SKETCHES).then().body("items", emptyIterable());
      as(ADA).queryParam("q", "  ' & | !").get(SKETCHES).then().body("total", equalTo(3));
    }

    @Test
    void filtersByTagTypeAndWorkflow() {
      as(ADA)
          .queryParam("tag", " BLUES ")
          .get(SKETCHES)
          .then()
          .body("items.title", contains("Blue Guitar"));
      as(ADA)
          .queryParam("sketch_type", "instrumental")
          .get(SKETCHES)
          .then()
          .body("items.title", contains("Morning"));
      as(ADA).queryParam("workflow", "used").get(SKETCHES).then().body("total", equalTo(0));
    }

    @Test
    void sortsAndPages() {
      as(ADA)
          .queryParam("sort", "title")
          .queryParam("order", "asc")
          .queryParam("limit", 2)
          .queryParam("offset", 1)
          .get(SKETCHES)
          .then()
          .body("total", equalTo(3))
          .body("items.title", contains("Morning", "Neon Nights"));
    }

    @Test
    void listsEveryInvalidParameter() {
      as(ADA)
          .queryParam("limit", 0)
          .queryParam("offset", -1)
          .queryParam("sort", "prompt")
          .queryParam("order", "up")
          .queryParam("workflow", "done")
          .queryParam("sketch_type", "opera")
          .get(SKETCHES)
          .then()
          .statusCode(400)
          .body(
              "errors.field",
              containsInAnyOrder("limit", "offset", "sort", "order", "workflow", "sketch_type"));
    }

    @Test
    void needsAToken() {
      anonymous().get(SKETCHES).then().statusCode(401);
    }
  }

  @Nested
  class ReadUpdateDelete {

    String id;

    @BeforeEach
    void oneSketch() {
      id = create(ADA, sketch("Rain Song", "indie folk", List.of("folk")));
    }

    @Test
    void getsUpdatesAndDeletes() {
      as(ADA).get(SKETCHES + "/" + id).then().statusCode(200).body("title", equalTo("Rain Song"));
      Map<String, Object> changed = sketch("Rain Song II", "folk rock", List.of("Rock"));
      changed.put("sketch_type", "instrumental");
      as(ADA)
          .body(changed)
          .put(SKETCHES + "/" + id)
          .then()
          .statusCode(200)
          .body("title", equalTo("Rain Song II"))
          .body("tags", contains("rock"))
          .body("sketch_type", equalTo("instrumental"))
          .body("workflow", equalTo("draft"));
      as(ADA).delete(SKETCHES + "/" + id).then().statusCode(204);
      as(ADA).get(SKETCHES + "/" + id).then().statusCode(404);
    }

    @Test
    void updateListsEveryInvalidField() {
      as(ADA)
          .body(Map.of("prompt", "", "sketch_type", "x"))
          .put(SKETCHES + "/" + id)
          .then()
          .statusCode(400)
          .body("errors.field", containsInAnyOrder("prompt", "sketch_type"));
    }

    @Test
    void anotherUsersSketchIsNotFound() {
      String path = SKETCHES + "/" + id;
      as(EVE).get(path).then().statusCode(404).contentType("application/problem+json");
      as(EVE).body(sketch("Mine now", "x", List.of())).put(path).then().statusCode(404);
      as(EVE).body(Map.of("workflow", "used")).patch(path + "/workflow").then().statusCode(404);
      as(EVE).post(path + "/duplicate").then().statusCode(404);
      as(EVE).delete(path).then().statusCode(404);
      as(ADA).get(path).then().statusCode(200).body("title", equalTo("Rain Song"));
    }

    @Test
    void unknownIdsAreNotFound() {
      as(ADA).get(SKETCHES + "/" + UUID.randomUUID()).then().statusCode(404);
      as(ADA).get(SKETCHES + "/not-a-uuid").then().statusCode(404);
    }

    @Test
    void needsAToken() {
      anonymous().get(SKETCHES + "/" + id).then().statusCode(401);
      anonymous().body(sketch("A", "b", List.of())).put(SKETCHES + "/" + id).then().statusCode(401);
      anonymous().delete(SKETCHES + "/" + id).then().statusCode(401);
      anonymous().post(SKETCHES + "/" + id + "/duplicate").then().statusCode(401);
      anonymous()
          .body(Map.of("workflow", "used"))
          .patch(SKETCHES + "/" + id + "/workflow")
          .then()
          .statusCode(401);
    }
  }

  @Nested
  class Workflow {

    String id;

    @BeforeEach
    void oneSketch() {
      id = create(ADA, sketch("Rain Song", "indie folk", List.of()));
    }

    private ValidatableResponse move(String to) {
      return as(ADA).body(Map.of("workflow", to)).patch(SKETCHES + "/" + id + "/workflow").then();
    }

    @Test
    void movesDraftUsedArchivedAndBackToDraft() {
      move("used").statusCode(200).body("workflow", equalTo("used"));
      move("archived").statusCode(200).body("workflow", equalTo("archived"));
      move("draft").statusCode(200).body("workflow", equalTo("draft"));
    }

    @Test
    void refusesSkippingAStep() {
      move("archived")
          .statusCode(409)
          .contentType("application/problem+json")
          .body(
              "detail",
              equalTo(
                  "A sketch cannot move from draft to archived; from draft it can move to [used]."));
      as(ADA).get(SKETCHES + "/" + id).then().body("workflow", equalTo("draft"));
    }

    @Test
    void staysPutWhenAskedForTheCurrentState() {
      move("draft").statusCode(200).body("workflow", equalTo("draft"));
    }

    @Test
    void refusesAnUnknownState() {
      move("done").statusCode(400).body("errors.field", contains("workflow"));
    }
  }

  @Nested
  class Duplicate {

    @Test
    void copiesAsADraftWithASuffixedTitle() {
      String id = create(ADA, sketch("Rain Song", "indie folk", List.of("folk")));
      as(ADA).body(Map.of("workflow", "used")).patch(SKETCHES + "/" + id + "/workflow");
      as(ADA)
          .post(SKETCHES + "/" + id + "/duplicate")
          .then()
          .statusCode(201)
          .body("id", not(equalTo(id)))
          .body("title", equalTo("Rain Song (copy)"))
          .body("workflow", equalTo("draft"))
          .body("tags", contains("folk"))
          .body("prompt", equalTo("indie folk"));
      as(ADA).get(SKETCHES).then().body("total", equalTo(2));
    }
  }
}
