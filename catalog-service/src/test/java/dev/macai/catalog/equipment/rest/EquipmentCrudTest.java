package dev.macai.catalog.equipment.rest;

import static dev.macai.catalog.equipment.EquipmentBodies.PATH;
import static dev.macai.catalog.equipment.EquipmentBodies.create;
import static dev.macai.catalog.equipment.EquipmentBodies.full;
import static dev.macai.catalog.equipment.EquipmentBodies.minimal;
import static dev.macai.testkit.tokens.Users.ADA;
import static dev.macai.testkit.tokens.Users.EVE;
import static dev.macai.testkit.tokens.Users.anonymous;
import static dev.macai.testkit.tokens.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.macai.catalog.support.CleanState;
import dev.macai.catalog.support.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class EquipmentCrudTest {

  @Inject CleanState state;

  @BeforeEach
  void reset() {
    state.reset();
  }

  @Test
  void createAnswers201WithLocationAndTheItemWithItsSecrets() {
    ValidatableResponse created = as(ADA).body(full()).post(PATH).then().statusCode(201);

    String id = created.extract().path("id");
    created.header("Location", endsWith(PATH + "/" + id));
    assertFull(created);
    created
        .body("created_at", notNullValue())
        .body("updated_at", equalTo(created.extract().<String>path("created_at")));
  }

  @Test
  void getAnswersTheItemWithItsSecretsDecrypted() {
    UUID id = create(ADA, full());

    assertFull(
        as(ADA)
            .get(PATH + "/" + id)
            .then()
            .statusCode(200)
            // Decrypted secrets must never land in a browser or proxy cache.
            .header("Cache-Control", "no-store")
            .body("id", equalTo(id + "")));
  }

  @Test
  void aMinimalItemIsActiveWithNoSecretsAndEmptyTagLists() {
    UUID id = create(ADA, minimal("Software", "  Ableton Live  "));

    as(ADA)
        .get(PATH + "/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("Ableton Live"))
        .body("status", equalTo("active"))
        .body("password", nullValue())
        .body("license_key", nullValue())
        .body("price", nullValue())
        .body("license_management", nullValue())
        .body("purchase_date", nullValue())
        .body("software_tags", empty())
        .body("plugin_tags", empty());
  }

  @Test
  void everyInvalidFieldIsListed() {
    Map<String, Object> body = full();
    body.put("type", "Hardware");
    body.put("name", " ");
    body.put("url", "ftp://x");
    body.put("license_management", "other");
    body.remove("license_description");
    body.put("status", "lost");
    body.put("version", "v".repeat(101));
    body.put("price", "1".repeat(101));
    body.put("software_tags", List.of("t".repeat(101)));

    for (var request : List.of(as(ADA).body(body).post(PATH), updateOfNewItem(body))) {
      request
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body(
              "errors.field",
              containsInAnyOrder(
                  "type",
                  "name",
                  "url",
                  "license_description",
                  "status",
                  "version",
                  "price",
                  "software_tags"));
    }
  }

  @Test
  void theLicenceTypeAndUrlAcceptTheirValidForms() {
    for (String licence : List.of("online", "ilok", "license_key")) {
      Map<String, Object> body = minimal("Plugin", "P " + licence);
      body.put("license_management", licence);
      body.put("url", "HTTP://example.com");
      as(ADA).body(body).post(PATH).then().statusCode(201);
    }
    Map<String, Object> other = minimal("Plugin", "P other");
    other.put("license_management", "other");
    other.put("license_description", "Dongle in the drawer");
    as(ADA).body(other).post(PATH).then().statusCode(201);
    for (String url : List.of("http://", "https:// spaces.example", "javascript:alert(1)")) {
      Map<String, Object> body = minimal("Plugin", "bad url");
      body.put("url", url);
      as(ADA)
          .body(body)
          .post(PATH)
          .then()
          .statusCode(400)
          .body("errors.field", equalTo(List.of("url")));
    }
  }

  @Test
  void aMalformedDateOrAMissingBodyIsA400() {
    Map<String, Object> body = minimal("Plugin", "Serum");
    body.put("purchase_date", "24.11.2023");
    as(ADA)
        .body(body)
        .post(PATH)
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("purchase_date")));
    as(ADA).post(PATH).then().statusCode(400).contentType("application/problem+json");
  }

  @Test
  void replaceSetsEveryFieldAndClearsWhatIsLeftOut() {
    UUID id = create(ADA, full());
    Map<String, Object> replacement = minimal("Software", "Serum 2");
    replacement.put("status", "archived");
    replacement.put("price", "249 EUR");

    as(ADA)
        .body(replacement)
        .put(PATH + "/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("Serum 2"))
        .body("type", equalTo("Software"))
        .body("status", equalTo("archived"))
        .body("price", equalTo("249 EUR"))
        .body("password", nullValue())
        .body("license_key", nullValue())
        .body("manufacturer", nullValue())
        .body("plugin_tags", empty());
    as(ADA)
        .get(PATH + "/" + id)
        .then()
        .body("name", equalTo("Serum 2"))
        .body("price", equalTo("249 EUR"))
        .body("password", nullValue());
  }

  @Test
  void duplicateCopiesEveryFieldAndSecretUnderANewIdAndName() {
    UUID id = create(ADA, full());

    ValidatableResponse copy =
        as(ADA)
            .post(PATH + "/" + id + "/duplicate")
            .then()
            .statusCode(201)
            .body("id", not(equalTo(id.toString())))
            .body("name", equalTo("Serum (copy)"));
    String copyId = copy.extract().path("id");
    copy.header("Location", endsWith(PATH + "/" + copyId));
    assertFull(as(ADA).get(PATH + "/" + copyId).then().statusCode(200), "Serum (copy)");
    as(ADA).get(PATH).then().body("total", equalTo(2));
  }

  @Test
  void deleteAnswers204AndTheItemIsGone() {
    UUID id = create(ADA, full());

    as(ADA).delete(PATH + "/" + id).then().statusCode(204);

    as(ADA).get(PATH + "/" + id).then().statusCode(404);
    as(ADA).delete(PATH + "/" + id).then().statusCode(404);
  }

  @Test
  void anotherUsersItemIsNotFoundForEveryOperation() {
    UUID adas = create(ADA, full());

    as(EVE)
        .get(PATH + "/" + adas)
        .then()
        .statusCode(404)
        .body("detail", equalTo("No such equipment."));
    as(EVE).body(minimal("Plugin", "mine now")).put(PATH + "/" + adas).then().statusCode(404);
    as(EVE).post(PATH + "/" + adas + "/duplicate").then().statusCode(404);
    as(EVE).delete(PATH + "/" + adas).then().statusCode(404);
    as(EVE).get(PATH).then().statusCode(200).body("total", equalTo(0));

    assertFull(as(ADA).get(PATH + "/" + adas).then().statusCode(200));
    as(ADA).get(PATH).then().body("total", equalTo(1));
  }

  @Test
  void anUnknownOrMalformedIdIsNotFound() {
    as(ADA).get(PATH + "/" + UUID.randomUUID()).then().statusCode(404);
    as(ADA)
        .get(PATH + "/not-a-uuid")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void everyEndpointNeedsAToken() {
    UUID id = create(ADA, full());

    anonymous().body(full()).post(PATH).then().statusCode(401);
    anonymous().get(PATH).then().statusCode(401);
    anonymous().get(PATH + "/" + id).then().statusCode(401);
    anonymous().body(full()).put(PATH + "/" + id).then().statusCode(401);
    anonymous().post(PATH + "/" + id + "/duplicate").then().statusCode(401);
    anonymous()
        .delete(PATH + "/" + id)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer");
    anonymous().post(PATH + "/admin/re-encrypt").then().statusCode(401);

    as(ADA).get(PATH + "/" + id).then().statusCode(200);
  }

  private Response updateOfNewItem(Map<String, Object> body) {
    UUID id = create(ADA, minimal("Plugin", "to be replaced"));
    return as(ADA).body(body).put(PATH + "/" + id);
  }

  private static ValidatableResponse assertFull(ValidatableResponse response) {
    return assertFull(response, "Serum");
  }

  private static ValidatableResponse assertFull(ValidatableResponse response, String name) {
    response
        .body("type", equalTo("Plugin"))
        .body("name", equalTo(name))
        .body("version", equalTo("1.368"))
        .body("description", equalTo("Wavetable synthesizer"))
        .body("manufacturer", equalTo("Xfer Records"))
        .body("url", equalTo("https://xferrecords.com/products/serum"))
        .body("username", equalTo("ada@example.com"))
        // kept exactly, spaces included
        .body("password", equalTo(" pässwörd-🎹-42 "))
        .body("license_management", equalTo("license_key"))
        .body("license_key", equalTo("SERUM-KEY-1234-5678"))
        .body("license_description", equalTo("Key in the welcome mail"))
        .body("purchase_date", equalTo("2023-11-24"))
        .body("price", equalTo("189.00 USD"))
        .body("system_requirements", equalTo("macOS 10.11+, AU/VST/AAX"))
        .body("status", equalTo("active"))
        .body("software_tags", empty())
        .body("plugin_tags", equalTo(List.of("Synth", "wavetable", "Bass")));
    assertThat(response.extract().jsonPath().getMap("")).doesNotContainKey("has_password");
    return response;
  }
}
