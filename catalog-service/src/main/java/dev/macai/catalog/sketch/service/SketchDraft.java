package dev.macai.catalog.sketch.service;

import java.util.List;

/** What a person writes into a sketch; workflow only moves through its own transitions. */
public record SketchDraft(
    String title, String lyrics, String prompt, List<String> tags, String sketchType) {}
