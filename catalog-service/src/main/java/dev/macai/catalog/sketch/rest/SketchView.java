package dev.macai.catalog.sketch.rest;

import dev.macai.catalog.sketch.domain.Lyrics;
import dev.macai.catalog.sketch.service.Sketch;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A sketch as clients see it; {@code lyrics_over_limit} lets the UI warn before a generation. */
public record SketchView(
    UUID id,
    String title,
    String lyrics,
    String prompt,
    List<String> tags,
    String workflow,
    String sketchType,
    boolean lyricsOverLimit,
    Instant createdAt,
    Instant updatedAt) {

  static SketchView of(Sketch sketch) {
    return new SketchView(
        sketch.id(),
        sketch.title(),
        sketch.lyrics(),
        sketch.prompt(),
        sketch.tags(),
        sketch.workflow(),
        sketch.sketchType(),
        Lyrics.overMurekaLimit(sketch.lyrics()),
        sketch.createdAt(),
        sketch.updatedAt());
  }
}
