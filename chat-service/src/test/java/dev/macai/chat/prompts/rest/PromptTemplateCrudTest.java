package dev.macai.chat.prompts.rest;

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

import dev.macai.chat.support.PostgresResource;
import dev.macai.chat.support.ProviderSimulator;
import dev.macai.chat.support.TemplateTable;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Templates are global (no owner), so there is no "another user's" case: unknown keys are the only
 * 404, and a plain user reading works while writing is 403.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class PromptTemplateCrudTest {

  static final String PROMPTS = "/api/v1/prompts";

  @Inject TemplateTable table;

  @BeforeEach
  void freshInstall() {
    table.reseed();
  }

  static Map<String, Object> content() {
    Map<String, Object> body = new HashMap<>();
    body.put("pre_condition", "Make this sound like a pirate:");
    body.put("post_condition", "Answer with the text only.");
    body.put("description", "for a test");
    body.put("model", "qwen2.5:7b");
    body.put("temperature", 1.25);
    body.put("max_tokens", 256);
    return body;
  }

  static Map<String, Object> template(String category, String action) {
    Map<String, Object> body = content();
    body.put("category", category);
    body.put("action", action);
    return body;
  }

  @Nested
  class Reading {

    @Test
    void everySeededHelperIsThereGroupedByCategory() {
      Users.as(EVE)
          .get(PROMPTS)
          .then()
          .statusCode(200)
          .body("keySet()", contains("chat", "images", "lyrics", "sketches", "songs"))
          .body("images.action", contains("enhance", "translate"))
          .body("songs.action", contains("enhance-style", "generate-title"))
          .body(
              "lyrics.action",
              contains(
                  "extend-section", "generate", "improve-section", "rewrite-section", "translate"))
          .body("sketches.action", contains("generate-title"))
          .body("chat.action", contains("compress"));
      Map<String, List<Map<String, Object>>> all =
          Users.as(EVE).get(PROMPTS).then().extract().as(Map.class);
      List<Map<String, Object>> templates = all.values().stream().flatMap(List::stream).toList();
      assertThat(templates).hasSize(TemplateTable.SEEDED);
      assertThat(templates)
          .allSatisfy(
              t -> {
                assertThat(t.get("model")).isEqualTo("llama3.2:3b");
                assertThat(t.get("active")).isEqualTo(true);
                assertThat(t.get("version")).isEqualTo(1);
                assertThat((String) t.get("post_condition")).containsIgnoringCase("only");
              });
    }

    @Test
    void oneCategory() {
      Users.as(EVE)
          .get(PROMPTS + "/lyrics")
          .then()
          .statusCode(200)
          .body("", hasSize(5))
          .body("category", everyItem(equalTo("lyrics")));
    }

    @Test
    void oneTemplateWithEveryField() {
      Users.as(EVE)
          .get(PROMPTS + "/images/enhance")
          .then()
          .statusCode(200)
          .body("id", notNullValue())
          .body("category", equalTo("images"))
          .body("action", equalTo("enhance"))
          .body("pre_condition", containsString("OpenAI's GPT Image models"))
          .body("description", equalTo("Turn a short image idea into a GPT Image prompt"))
          .body("post_condition", containsString("no preamble"))
          .body("description", notNullValue())
          .body("model", equalTo("llama3.2:3b"))
          .body("temperature", equalTo(0.7f))
          .body("max_tokens", equalTo(400))
          .body("version", equalTo(1))
          .body("created_at", notNullValue())
          .body("updated_at", notNullValue());
    }

    @Test
    void unknownCategoryOrActionIsNotFound() {
      Users.as(EVE)
          .get(PROMPTS + "/videos")
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      Users.as(EVE).get(PROMPTS + "/images/paint").then().statusCode(404);
    }

    @Test
    void malformedKeysAreListed() {
      Users.as(EVE)
          .get(PROMPTS + "/Images/en_hance")
          .then()
          .statusCode(400)
          .body("errors.field", containsInAnyOrder("category", "action"));
    }

    @Test
    void needsAToken() {
      Users.anonymous().get(PROMPTS).then().statusCode(401).contentType("application/problem+json");
      Users.anonymous().get(PROMPTS + "/images").then().statusCode(401);
      Users.anonymous().get(PROMPTS + "/images/enhance").then().statusCode(401);
    }
  }

  @Nested
  class Create {

    @Test
    void adminCreatesATemplateEveryoneCanRead() {
      var response =
          Users.asAdmin(ADA)
              .body(template("songs", "pirate"))
              .post(PROMPTS)
              .then()
              .statusCode(201)
              .body("category", equalTo("songs"))
              .body("action", equalTo("pirate"))
              .body("model", equalTo("qwen2.5:7b"))
              .body("temperature", equalTo(1.25f))
              .body("max_tokens", equalTo(256))
              .body("active", equalTo(true))
              .body("version", equalTo(1));
      assertThat(response.extract().header("Location")).endsWith(PROMPTS + "/songs/pirate");
      Users.as(EVE)
          .get(PROMPTS + "/songs/pirate")
          .then()
          .statusCode(200)
          .body("pre_condition", equalTo("Make this sound like a pirate:"));
      Users.as(EVE).get(PROMPTS + "/songs").then().body("action", hasSize(3));
    }

    @Test
    void aNewCategoryAppearsInTheGroups() {
      Map<String, Object> body = template("videos", "describe");
      body.put("active", false);
      body.remove("post_condition");
      body.remove("description");
      Users.asAdmin(ADA)
          .body(body)
          .post(PROMPTS)
          .then()
          .statusCode(201)
          .body("active", equalTo(false))
          .body("post_condition", equalTo(""))
          .body("description", nullValue());
      Users.as(EVE).get(PROMPTS).then().body("videos.action", contains("describe"));
    }

    @Test
    void listsEveryInvalidField() {
      Map<String, Object> body = template("Bad Category", "x".repeat(51));
      body.put("pre_condition", " ");
      body.put("model", "m".repeat(101));
      body.put("temperature", 2.5);
      body.put("max_tokens", 0);
      body.put("description", "d".repeat(1001));
      Users.asAdmin(ADA)
          .body(body)
          .post(PROMPTS)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body(
              "errors.field",
              containsInAnyOrder(
                  "action",
                  "category",
                  "description",
                  "max_tokens",
                  "model",
                  "pre_condition",
                  "temperature"));
    }

    @Test
    void missingFieldsAreListedToo() {
      Users.asAdmin(ADA)
          .body(Map.of())
          .post(PROMPTS)
          .then()
          .statusCode(400)
          .body(
              "errors.field",
              containsInAnyOrder(
                  "action", "category", "max_tokens", "model", "pre_condition", "temperature"));
    }

    @Test
    void boundsAreInclusive() {
      Map<String, Object> body = template("limits", "high");
      body.put("temperature", 2);
      body.put("max_tokens", 32768);
      Users.asAdmin(ADA).body(body).post(PROMPTS).then().statusCode(201);
      body = template("limits", "low");
      body.put("temperature", 0);
      body.put("max_tokens", 1);
      Users.asAdmin(ADA).body(body).post(PROMPTS).then().statusCode(201);
      body = template("limits", "over");
      body.put("temperature", -0.01);
      body.put("max_tokens", 32769);
      Users.asAdmin(ADA)
          .body(body)
          .post(PROMPTS)
          .then()
          .statusCode(400)
          .body("errors.field", containsInAnyOrder("max_tokens", "temperature"));
    }

    @Test
    void refusesADuplicateCategoryAndAction() {
      Users.asAdmin(ADA)
          .body(template("images", "enhance"))
          .post(PROMPTS)
          .then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("detail", containsString("images/enhance"));
      Users.as(EVE).get(PROMPTS + "/images/enhance").then().body("model", equalTo("llama3.2:3b"));
    }

    @Test
    void plainUsersMayNotWrite() {
      Users.as(EVE)
          .body(template("songs", "mine"))
          .post(PROMPTS)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
      Users.as(EVE).get(PROMPTS + "/songs/mine").then().statusCode(404);
    }

    @Test
    void needsAToken() {
      Users.anonymous().body(template("songs", "mine")).post(PROMPTS).then().statusCode(401);
    }
  }

  @Nested
  class Update {

    @Test
    void replacesTheContentAndCountsTheVersion() {
      Map<String, Object> change = content();
      change.put("description", " ");
      Users.asAdmin(ADA)
          .body(change)
          .put(PROMPTS + "/images/enhance")
          .then()
          .statusCode(200)
          .body("pre_condition", equalTo("Make this sound like a pirate:"))
          .body("model", equalTo("qwen2.5:7b"))
          .body("temperature", equalTo(1.25f))
          .body("max_tokens", equalTo(256))
          .body("description", nullValue())
          .body("active", equalTo(true))
          .body("version", equalTo(2));
      change.put("active", false);
      Users.asAdmin(ADA)
          .body(change)
          .put(PROMPTS + "/images/enhance")
          .then()
          .statusCode(200)
          .body("active", equalTo(false))
          .body("version", equalTo(3));
      Users.as(EVE)
          .get(PROMPTS + "/images/enhance")
          .then()
          .body("active", equalTo(false))
          .body("version", equalTo(3));
    }

    @Test
    void listsEveryInvalidField() {
      Map<String, Object> change = content();
      change.put("pre_condition", null);
      change.put("model", "");
      change.put("temperature", 0.123);
      change.put("max_tokens", 40000);
      Users.asAdmin(ADA)
          .body(change)
          .put(PROMPTS + "/images/enhance")
          .then()
          .statusCode(400)
          .body(
              "errors.field",
              containsInAnyOrder("max_tokens", "model", "pre_condition", "temperature"));
    }

    @Test
    void unknownTemplateIsNotFound() {
      Users.asAdmin(ADA).body(content()).put(PROMPTS + "/images/paint").then().statusCode(404);
    }

    @Test
    void plainUsersMayNotWrite() {
      Users.as(EVE).body(content()).put(PROMPTS + "/images/enhance").then().statusCode(403);
      Users.as(EVE).get(PROMPTS + "/images/enhance").then().body("version", equalTo(1));
    }

    @Test
    void needsAToken() {
      Users.anonymous().body(content()).put(PROMPTS + "/images/enhance").then().statusCode(401);
    }
  }

  @Nested
  class Delete {

    @Test
    void adminDeletesATemplate() {
      Users.asAdmin(ADA).delete(PROMPTS + "/sketches/generate-title").then().statusCode(204);
      Users.as(EVE).get(PROMPTS + "/sketches/generate-title").then().statusCode(404);
      Users.as(EVE).get(PROMPTS + "/sketches").then().statusCode(404);
      Users.as(EVE).get(PROMPTS).then().body("keySet()", hasSize(4));
    }

    @Test
    void unknownTemplateIsNotFound() {
      Users.asAdmin(ADA).delete(PROMPTS + "/images/paint").then().statusCode(404);
    }

    @Test
    void plainUsersMayNotWrite() {
      Users.as(EVE).delete(PROMPTS + "/images/enhance").then().statusCode(403);
      Users.as(EVE).get(PROMPTS + "/images/enhance").then().statusCode(200);
    }

    @Test
    void needsAToken() {
      Users.anonymous().delete(PROMPTS + "/images/enhance").then().statusCode(401);
    }
  }
}
