package dev.macai.catalog.equipment.service;

import java.time.LocalDate;
import java.util.List;

/** Every field of an equipment item as the client sent it; secrets in plain text. */
public record EquipmentDraft(
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
    List<String> pluginTags) {}
