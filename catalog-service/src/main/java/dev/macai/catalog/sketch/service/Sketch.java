package dev.macai.catalog.sketch.service;

import dev.macai.catalog.sketch.repository.SketchEntity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A sketch as the service hands it out. */
public record Sketch(
    UUID id,
    String title,
    String lyrics,
    String prompt,
    List<String> tags,
    String workflow,
    String sketchType,
    Instant createdAt,
    Instant updatedAt) {

  static Sketch of(SketchEntity entity) {
    return new Sketch(
        entity.id,
        entity.title,
        entity.lyrics,
        entity.prompt,
        List.copyOf(entity.tags),
        entity.workflow,
        entity.sketchType,
        entity.createdAt,
        entity.updatedAt);
  }
}
