package dev.macai.catalog.equipment.rest;

import dev.macai.catalog.equipment.service.EquipmentSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One item of a list: flags in place of the password, licence key and price. */
public record EquipmentListItem(
    UUID id,
    String type,
    String name,
    String version,
    String description,
    String manufacturer,
    String url,
    String username,
    boolean hasPassword,
    String licenseManagement,
    boolean hasLicenseKey,
    String licenseDescription,
    LocalDate purchaseDate,
    boolean hasPrice,
    String systemRequirements,
    String status,
    List<String> softwareTags,
    List<String> pluginTags,
    Instant createdAt,
    Instant updatedAt) {

  static EquipmentListItem of(EquipmentSummary e) {
    return new EquipmentListItem(
        e.id(),
        e.type(),
        e.name(),
        e.version(),
        e.description(),
        e.manufacturer(),
        e.url(),
        e.username(),
        e.hasPassword(),
        e.licenseManagement(),
        e.hasLicenseKey(),
        e.licenseDescription(),
        e.purchaseDate(),
        e.hasPrice(),
        e.systemRequirements(),
        e.status(),
        e.softwareTags(),
        e.pluginTags(),
        e.createdAt(),
        e.updatedAt());
  }
}
