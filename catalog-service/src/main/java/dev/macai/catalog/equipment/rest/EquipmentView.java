package dev.macai.catalog.equipment.rest;

import dev.macai.catalog.equipment.service.Equipment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One item in full, secrets decrypted: the answer of create, get, replace and duplicate. */
public record EquipmentView(
    UUID id,
    String type,
    String name,
    String version,
    String description,
    String manufacturer,
    String url,
    String username,
    String password,
    String licenseManagement,
    String licenseKey,
    String licenseDescription,
    LocalDate purchaseDate,
    String price,
    String systemRequirements,
    String status,
    List<String> softwareTags,
    List<String> pluginTags,
    Instant createdAt,
    Instant updatedAt) {

  static EquipmentView of(Equipment e) {
    return new EquipmentView(
        e.id(),
        e.type(),
        e.name(),
        e.version(),
        e.description(),
        e.manufacturer(),
        e.url(),
        e.username(),
        e.password(),
        e.licenseManagement(),
        e.licenseKey(),
        e.licenseDescription(),
        e.purchaseDate(),
        e.price(),
        e.systemRequirements(),
        e.status(),
        e.softwareTags(),
        e.pluginTags(),
        e.createdAt(),
        e.updatedAt());
  }
}
