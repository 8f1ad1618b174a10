package dev.macai.catalog.sketch.repository;

import java.util.UUID;

/**
 * What the library list asks for. {@code searchQuery} is a ready {@code to_tsquery} argument; null
 * fields do not filter.
 */
public record SketchFilter(
    UUID userId, String searchQuery, String workflow, String sketchType, String tag) {}
