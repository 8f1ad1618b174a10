package dev.macai.image.images.service;

import dev.macai.image.images.domain.ImageOptions;
import dev.macai.image.images.domain.StyleFields;
import java.util.List;

/**
 * A validated generation request. {@code options.model()} is null when the person left the model to
 * the configuration ({@code OPENAI_IMAGE_MODEL}).
 */
public record GenerationDraft(
    String prompt,
    String userPrompt,
    ImageOptions options,
    String title,
    List<String> tags,
    StyleFields style) {}
