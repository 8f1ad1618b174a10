package dev.macai.image.images.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.macai.image.images.domain.ContentHash;
import dev.macai.image.support.Images;
import dev.macai.image.support.PostgresResource;
import dev.macai.image.support.ProviderSimulator;
import dev.macai.image.support.Simulated;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class GalleryTest {

  static final String LIST = "/api/v1/image/list";
  static final String ONE = "/api/v1/image/{id}";

  static UUID generate(
      UUID user, String prompt, String title, String composition, List<String> tags) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("prompt", prompt + " 0001");
    if (title != null) {
      body.put("title", title);
    }
    if (composition != null) {
      body.put("composition", composition);
    }
    body.put("tags", tags);
    return Images.generate(user, body);
  }

  @Nested
  class Listing {

    @Test
    void pagesNewestFirstByDefault() {
      UUID user = UUID.randomUUID();
      UUID first = Images.generate(user, "first");
      UUID second = Images.generate(user, "second");
      UUID third = Images.generate(user, "third");

      Users.as(user)
          .queryParam("limit", 2)
          .get(LIST)
          .then()
          .statusCode(200)
          // Signed URLs inside: no browser or proxy keeps the answer.
          .header("Cache-Control", "no-store")
          .body("total", equalTo(3))
          .body("limit", equalTo(2))
          .body("offset", equalTo(0))
          .body("items.id", contains(third.toString(), second.toString()))
          .body("items[0].url", org.hamcrest.Matchers.containsString("sig="));
      Users.as(user)
          .queryParam("limit", 2)
          .queryParam("offset", 2)
          .get(LIST)
          .then()
          .body("items.id", contains(first.toString()));
      Users.as(user)
          .queryParam("order", "asc")
          .get(LIST)
          .then()
          .body("items.id", contains(first.toString(), second.toString(), third.toString()));
    }

    @Test
    void sortsByTitleAToZUnlessAskedOtherwise() {
      UUID user = UUID.randomUUID();
      generate(user, "b", "Bravo", null, List.of());
      generate(user, "a", "alpha", null, List.of());
      generate(user, "c", "Charlie", null, List.of());
      Users.as(user)
          .queryParam("sort", "title")
          .get(LIST)
          .then()
          .body("items.title", contains("alpha", "Bravo", "Charlie"));
      Users.as(user)
          .queryParam("sort", "title")
          .queryParam("order", "desc")
          .get(LIST)
          .then()
          .body("items.title", contains("Charlie", "Bravo", "alpha"));
    }

    @Test
    void searchesTitlePromptUserPromptAndTags() {
      UUID user = UUID.randomUUID();
      generate(user, "a violet sky", "Night drive", null, List.of("synthwave"));
      generate(user, "a green field", "Meadow", null, List.of("folk"));
      Images.generate(user, Map.of("prompt", "plain 0001", "user_prompt", "my violet idea"));

      Users.as(user).queryParam("q", "VIOLET").get(LIST).then().body("total", equalTo(2));
      Users.as(user)
          .queryParam("q", "synth")
          .get(LIST)
          .then()
          .body("items.title", contains("Night drive"));
      Users.as(user).queryParam("q", "meadow").get(LIST).then().body("total", equalTo(1));
      // LIKE wildcards are searched for literally.
      Users.as(user).queryParam("q", "%").get(LIST).then().body("total", equalTo(0));
    }

    @Test
    void filtersByCompositionStarredOverlayAndDate() {
      UUID user = UUID.randomUUID();
      UUID cover = generate(user, "cover", "Cover", "album-cover", List.of());
      UUID wide = generate(user, "wide", "Wide", "landscape", List.of());
      Users.as(user).body(Map.of("starred", true)).put(ONE, wide).then().statusCode(200);

      Users.as(user)
          .queryParam("composition", "album-cover")
          .get(LIST)
          .then()
          .body("items.id", contains(cover.toString()));
      Users.as(user)
          .queryParam("starred", "true")
          .get(LIST)
          .then()
          .body("items.id", contains(wide.toString()));
      Users.as(user).queryParam("has_overlay", "true").get(LIST).then().body("total", equalTo(0));
      Users.as(user).queryParam("size", "1024x1024").get(LIST).then().body("total", equalTo(2));
      Users.as(user)
          .queryParam("artistic_style", "anime")
          .get(LIST)
          .then()
          .body("total", equalTo(0));
      String today = LocalDate.now(ZoneOffset.UTC).toString();
      Users.as(user)
          .queryParam("created_from", today)
          .queryParam("created_to", today)
          .get(LIST)
          .then()
          .body("total", equalTo(2));
      Users.as(user)
          .queryParam("created_to", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString())
          .get(LIST)
          .then()
          .body("total", equalTo(0));
    }

    @Test
    void showsOnlyTheCallersImages() {
      UUID ada = UUID.randomUUID();
      UUID eve = UUID.randomUUID();
      Images.generate(ada, "ada's");
      Users.as(eve).get(LIST).then().body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void listsEveryInvalidParameter() {
      Users.as(UUID.randomUUID())
          .queryParam("limit", 101)
          .queryParam("offset", -1)
          .queryParam("sort", "size")
          .queryParam("order", "up")
          .queryParam("composition", "square")
          .queryParam("artistic_style", "cubism")
          .queryParam("size", "1x1")
          .queryParam("starred", "yes")
          .queryParam("has_overlay", "maybe")
          .queryParam("created_from", "yesterday")
          .queryParam("created_to", "2025/01/01")
          .get(LIST)
          .then()
          .statusCode(400)
          .body(
              "errors.field",
              containsInAnyOrder(
                  "limit",
                  "offset",
                  "sort",
                  "order",
                  "composition",
                  "artistic_style",
                  "size",
                  "starred",
                  "has_overlay",
                  "created_from",
                  "created_to"));
    }

    @Test
    void needsAToken() {
      Users.anonymous().get(LIST).then().statusCode(401);
      Users.anonymous().get("/api/v1/image/list-for-text-overlay").then().statusCode(401);
    }
  }

  @Nested
  class ForTextOverlay {

    @Test
    void putsAlbumCoversFirst() {
      UUID user = UUID.randomUUID();
      UUID landscape = generate(user, "l", "L", "landscape", List.of());
      UUID cover = generate(user, "c", "C", "album-cover", List.of());
      UUID plain = generate(user, "p", "P", null, List.of());
      Users.as(user)
          .get("/api/v1/image/list-for-text-overlay")
          .then()
          .statusCode(200)
          .body("total", equalTo(3))
          .body("items.id", contains(cover.toString(), plain.toString(), landscape.toString()));
    }

    @Test
    void refusesBadPaging() {
      Users.as(UUID.randomUUID())
          .queryParam("limit", 0)
          .get("/api/v1/image/list-for-text-overlay")
          .then()
          .statusCode(400)
          .body("errors.field", contains("limit"));
    }
  }

  @Nested
  class OneImage {

    @Test
    void getsUpdatesAndDeletes() {
      UUID user = UUID.randomUUID();
      UUID id = generate(user, "x", "Old", null, List.of("a"));
      Users.as(user)
          .get(ONE, id)
          .then()
          .statusCode(200)
          .header("Cache-Control", "no-store")
          .body("title", equalTo("Old"));

      Users.as(user)
          .body(Map.of("title", "New", "tags", List.of("b", " c "), "starred", true))
          .put(ONE, id)
          .then()
          .statusCode(200)
          .body("title", equalTo("New"))
          .body("tags", contains("b", "c"))
          .body("starred", equalTo(true));
      // Fields left out stay as they are.
      Users.as(user)
          .body(Map.of("starred", false))
          .put(ONE, id)
          .then()
          .body("title", equalTo("New"))
          .body("starred", equalTo(false));

      String url = Users.as(user).get(ONE, id).then().extract().path("url");
      Users.as(user).delete(ONE, id).then().statusCode(204);
      Users.as(user).get(ONE, id).then().statusCode(404);
      // The object went with the row.
      RestAssured.given().urlEncodingEnabled(false).get(url).then().statusCode(404);
    }

    @Test
    void downloadsAsAnAttachmentNamedAfterTheTitle() {
      UUID user = UUID.randomUUID();
      UUID id = generate(user, "x", "Night Drive: Vol. 2", null, List.of());
      byte[] png =
          Users.as(user)
              .get(ONE + "/download", id)
              .then()
              .statusCode(200)
              .contentType("image/png")
              .header(
                  "Content-Disposition",
                  equalTo(
                      "attachment; filename=\"night-drive-vol-2-"
                          + LocalDate.now(ZoneOffset.UTC)
                          + ".png\""))
              .extract()
              .asByteArray();
      assertThat(ContentHash.sha256(png)).isEqualTo(Simulated.PNG_SHA256);
    }

    @Test
    void listsInvalidUpdateFields() {
      UUID user = UUID.randomUUID();
      UUID id = Images.generate(user, "x");
      Users.as(user)
          .body(Map.of("title", "t".repeat(201), "tags", List.of(" ")))
          .put(ONE, id)
          .then()
          .statusCode(400)
          .body("errors.field", contains("tags[0]", "title"));
      Users.as(user)
          .body("{\"starred\": \"often\"}")
          .put(ONE, id)
          .then()
          .statusCode(400)
          .body("errors.field", contains("starred"));
    }

    @Test
    void anotherUsersImageIsNotFoundForEveryOperation() {
      UUID ada = UUID.randomUUID();
      UUID eve = UUID.randomUUID();
      UUID id = Images.generate(ada, "ada's");
      Users.as(eve).get(ONE, id).then().statusCode(404).contentType("application/problem+json");
      Users.as(eve).body(Map.of("title", "mine")).put(ONE, id).then().statusCode(404);
      Users.as(eve).get(ONE + "/download", id).then().statusCode(404);
      Users.as(eve).delete(ONE, id).then().statusCode(404);
      Users.as(ada).get(ONE, id).then().statusCode(200).body("title", equalTo(null));
    }

    @Test
    void needsAToken() {
      UUID id = UUID.randomUUID();
      Users.anonymous().get(ONE, id).then().statusCode(401);
      Users.anonymous().body(Map.of("title", "x")).put(ONE, id).then().statusCode(401);
      Users.anonymous().delete(ONE, id).then().statusCode(401);
      Users.anonymous().get(ONE + "/download", id).then().statusCode(401);
      Users.anonymous()
          .body(Map.of("ids", List.of(id)))
          .delete("/api/v1/image/bulk-delete")
          .then()
          .statusCode(401);
    }
  }

  @Nested
  class BulkDelete {

    @Test
    void deletesOnlyTheCallersAndReportsTheRest() {
      UUID ada = UUID.randomUUID();
      UUID eve = UUID.randomUUID();
      UUID one = Images.generate(ada, "one");
      UUID two = Images.generate(ada, "two");
      UUID keep = Images.generate(ada, "keep");
      UUID eves = Images.generate(eve, "eve's");
      UUID unknown = UUID.randomUUID();

      Users.as(ada)
          .body(Map.of("ids", List.of(one, two, eves, unknown, one)))
          .delete("/api/v1/image/bulk-delete")
          .then()
          .statusCode(200)
          .body("deleted", contains(one.toString(), two.toString()))
          .body("not_found", contains(eves.toString(), unknown.toString()))
          .body("deleted_count", equalTo(2))
          .body("not_found_count", equalTo(2));
      Users.as(ada).get(LIST).then().body("items.id", contains(keep.toString()));
      Users.as(eve).get(ONE, eves).then().statusCode(200);
    }

    @Test
    void refusesAnEmptyOrMalformedList() {
      Users.as(UUID.randomUUID())
          .body(Map.of("ids", List.of()))
          .delete("/api/v1/image/bulk-delete")
          .then()
          .statusCode(400)
          .body("errors.field", contains("ids"));
      Users.as(UUID.randomUUID())
          .body("{\"ids\": [\"not-a-uuid\"]}")
          .delete("/api/v1/image/bulk-delete")
          .then()
          .statusCode(400)
          .body("errors.field", contains("ids[0]"));
    }
  }
}
