package dev.macai.catalog.equipment;

import static dev.macai.testkit.tokens.Users.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies for the equipment endpoints, and creating an item in one call. */
public final class EquipmentBodies {

  public static final String PATH = "/api/v1/equipment";

  private EquipmentBodies() {}

  /** Every field set; the secrets are distinctive so a test can search the database for them. */
  public static Map<String, Object> full() {
    Map<String, Object> body = new HashMap<>();
    body.put("type", "Plugin");
    body.put("name", "Serum");
    body.put("version", "1.368");
    body.put("description", "Wavetable synthesizer");
    body.put("manufacturer", "Xfer Records");
    body.put("url", "https://xferrecords.com/products/serum");
    body.put("username", "ada@example.com");
    body.put("password", " pässwörd-🎹-42 ");
    body.put("license_management", "license_key");
    body.put("license_key", "SERUM-KEY-1234-5678");
    body.put("license_description", "Key in the welcome mail");
    body.put("purchase_date", "2023-11-24");
    body.put("price", "189.00 USD");
    body.put("system_requirements", "macOS 10.11+, AU/VST/AAX");
    body.put("status", "active");
    body.put("software_tags", List.of());
    body.put("plugin_tags", List.of(" Synth ", "wavetable", "synth", "Bass"));
    return body;
  }

  /** Only what is required. */
  public static Map<String, Object> minimal(String type, String name) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", type);
    body.put("name", name);
    return body;
  }

  public static UUID create(UUID user, Map<String, Object> body) {
    return UUID.fromString(
        as(user).body(body).post(PATH).then().statusCode(201).extract().path("id"));
  }
}
