package dev.macai.image.images.service;

import dev.macai.image.images.domain.StyleFields;
import java.util.List;

/** A validated generation request. */
public record GenerationDraft(
    String prompt,
    String userPrompt,
    String size,
    String quality,
    String title,
    List<String> tags,
    StyleFields style) {}
