package dev.macai.catalog.equipment.domain;

/**
 * What a list of equipment is narrowed to; every part is optional (null means "any").
 *
 * @param text case-insensitive substring of name, manufacturer, description or a tag
 * @param type {@code Software} or {@code Plugin}
 * @param status {@code active}, {@code trial}, {@code expired} or {@code archived}
 * @param licenseManagement {@code online}, {@code ilok}, {@code license_key} or {@code other}
 */
public record EquipmentQuery(String text, String type, String status, String licenseManagement) {}
