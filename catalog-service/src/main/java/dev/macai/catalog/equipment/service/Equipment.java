package dev.macai.catalog.equipment.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One equipment item with its secrets decrypted: only ever handed out one item at a time. */
public record Equipment(
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
    Instant updatedAt) {}
