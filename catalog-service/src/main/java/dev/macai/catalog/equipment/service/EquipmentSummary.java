package dev.macai.catalog.equipment.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An equipment item as lists show it: whether each secret is set, never the secret. Lists never
 * decrypt, so a row written with a lost key cannot break them.
 */
public record EquipmentSummary(
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
    Instant updatedAt) {}
