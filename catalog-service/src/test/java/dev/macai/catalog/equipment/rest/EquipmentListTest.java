package dev.macai.catalog.equipment.rest;

import static dev.macai.catalog.equipment.EquipmentBodies.PATH;
import static dev.macai.catalog.equipment.EquipmentBodies.create;
import static dev.macai.catalog.equipment.EquipmentBodies.full;
import static dev.macai.catalog.equipment.EquipmentBodies.minimal;
import static dev.macai.testkit.tokens.Users.ADA;
import static dev.macai.testkit.tokens.Users.EVE;
import static dev.macai.testkit.tokens.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dev.macai.catalog.support.CleanState;
import dev.macai.catalog.support.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class EquipmentListTest {

  @Inject CleanState state;

  @BeforeEach
  void reset() {
    state.reset();
  }

  @Test
  void itemsCarryFlagsInsteadOfSecrets() {
    create(ADA, full());
    create(ADA, minimal("Software", "Logic Pro"));

    String json =
        as(ADA).queryParam("sort", "name").queryParam("order", "asc").get(PATH).asString();

    assertThat(json)
        .doesNotContain("SERUM-KEY-1234-5678")
        .doesNotContain("pässwörd")
        .doesNotContain("189.00 USD")
        .doesNotContain("gAAAAA");
    List<Map<String, Object>> items = JsonPath.from(json).getList("items");
    assertThat(items)
        .hasSize(2)
        .allSatisfy(
            item -> assertThat(item).doesNotContainKeys("password", "license_key", "price"));
    as(ADA)
        .queryParam("sort", "name")
        .queryParam("order", "asc")
        .get(PATH)
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("limit", equalTo(20))
        .body("offset", equalTo(0))
        .body("items.name", contains("Logic Pro", "Serum"))
        .body("items.has_password", contains(false, true))
        .body("items.has_license_key", contains(false, true))
        .body("items.has_price", contains(false, true))
        .body("items[1].plugin_tags", contains("Synth", "wavetable", "Bass"));
  }

  @Test
  void searchFindsTextInNameManufacturerDescriptionAndTagsIgnoringCase() {
    create(ADA, item("Plugin", "Serum", "Xfer Records", "Wavetable synth", List.of("Bass")));
    create(ADA, item("Plugin", "Valhalla Room", "Valhalla DSP", "Algorithmic reverb", List.of()));
    create(ADA, item("Software", "Logic Pro", "Apple", "The DAW", List.of("Recording")));
    create(EVE, item("Plugin", "Serum", "Xfer Records", "Eve's copy", List.of("bass")));

    assertSearch("serum", "Serum");
    assertSearch("XFER", "Serum");
    assertSearch("reverb", "Valhalla Room");
    assertSearch("record", "Logic Pro", "Serum");
    assertSearch("BASS", "Serum");
    assertSearch("  dsp ", "Valhalla Room");
    assertSearch("nothing like this");
    // LIKE wildcards in the text match themselves only
    assertSearch("%");
    assertSearch("_");
  }

  @Test
  void filtersByTypeStatusAndLicenceManagement() {
    Map<String, Object> trial = minimal("Plugin", "Trial plug-in");
    trial.put("status", "trial");
    trial.put("license_management", "ilok");
    create(ADA, trial);
    Map<String, Object> expired = minimal("Software", "Expired app");
    expired.put("status", "expired");
    expired.put("license_management", "online");
    create(ADA, expired);
    create(ADA, minimal("Plugin", "Active plug-in"));

    assertNames(Map.of("type", "Plugin"), "Active plug-in", "Trial plug-in");
    assertNames(Map.of("type", "Software"), "Expired app");
    assertNames(Map.of("status", "trial"), "Trial plug-in");
    assertNames(Map.of("status", "active"), "Active plug-in");
    assertNames(Map.of("license_management", "online"), "Expired app");
    assertNames(Map.of("type", "Plugin", "license_management", "ilok"), "Trial plug-in");
    assertNames(Map.of("type", "Software", "status", "trial"));
  }

  @Test
  void sortsByNameCaseInsensitivelyByCreationAndByPurchaseDateWithUndatedLast() {
    create(ADA, dated("b-plug", "2021-05-01"));
    create(ADA, dated("Alpha", null));
    create(ADA, dated("charlie", "2019-01-01"));

    assertOrder("name", "asc", "Alpha", "b-plug", "charlie");
    assertOrder("name", "desc", "charlie", "b-plug", "Alpha");
    assertOrder("created_at", "asc", "b-plug", "Alpha", "charlie");
    assertOrder("created_at", "desc", "charlie", "Alpha", "b-plug");
    assertOrder("purchase_date", "asc", "charlie", "b-plug", "Alpha");
    assertOrder("purchase_date", "desc", "b-plug", "charlie", "Alpha");
    // default: newest first
    as(ADA).get(PATH).then().body("items.name", contains("charlie", "Alpha", "b-plug"));
  }

  @Test
  void pagesThroughEveryItemOnceWithTheTotal() {
    for (int i = 0; i < 7; i++) {
      create(ADA, minimal("Plugin", "Plug " + i));
    }

    as(ADA)
        .queryParam("sort", "name")
        .queryParam("order", "asc")
        .queryParam("limit", 3)
        .queryParam("offset", 5)
        .get(PATH)
        .then()
        .statusCode(200)
        .body("total", equalTo(7))
        .body("limit", equalTo(3))
        .body("offset", equalTo(5))
        .body("items.name", contains("Plug 5", "Plug 6"));
    as(ADA)
        .queryParam("limit", 100)
        .queryParam("offset", 7)
        .get(PATH)
        .then()
        .body("total", equalTo(7))
        .body("items", empty());
  }

  @Test
  void everyInvalidParameterIsListed() {
    as(ADA)
        .queryParam("limit", 101)
        .queryParam("offset", -1)
        .queryParam("sort", "price")
        .queryParam("order", "sideways")
        .queryParam("type", "Hardware")
        .queryParam("status", "lost")
        .queryParam("license_management", "dongle")
        .queryParam("q", "x".repeat(201))
        .get(PATH)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            containsInAnyOrder(
                "limit", "offset", "sort", "order", "type", "status", "license_management", "q"));
    as(ADA).queryParam("limit", 0).get(PATH).then().statusCode(400);
  }

  private static Map<String, Object> item(
      String type, String name, String manufacturer, String description, List<String> tags) {
    Map<String, Object> body = minimal(type, name);
    body.put("manufacturer", manufacturer);
    body.put("description", description);
    body.put(type.equals("Plugin") ? "plugin_tags" : "software_tags", tags);
    return body;
  }

  private static Map<String, Object> dated(String name, String purchaseDate) {
    Map<String, Object> body = minimal("Plugin", name);
    body.put("purchase_date", purchaseDate);
    return body;
  }

  private static void assertSearch(String text, String... names) {
    as(ADA)
        .queryParam("q", text)
        .queryParam("sort", "name")
        .queryParam("order", "asc")
        .get(PATH)
        .then()
        .statusCode(200)
        .body("total", equalTo(names.length))
        .body("items.name", equalTo(List.of(names)));
  }

  private static void assertNames(Map<String, String> filter, String... names) {
    as(ADA)
        .queryParams(filter)
        .queryParam("sort", "name")
        .queryParam("order", "asc")
        .get(PATH)
        .then()
        .statusCode(200)
        .body("total", equalTo(names.length))
        .body("items.name", equalTo(List.of(names)));
  }

  private static void assertOrder(String sort, String order, String... names) {
    as(ADA)
        .queryParam("sort", sort)
        .queryParam("order", order)
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items.name", contains(names));
  }
}
