package dev.macai.image.images.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One gallery image as callers see it, with a signed URL valid for {@code IMAGE_URL_TTL}. */
public record Image(
    UUID id,
    String title,
    String userPrompt,
    String prompt,
    String enhancedPrompt,
    String revisedPrompt,
    String model,
    String size,
    String quality,
    String artisticStyle,
    String composition,
    String lighting,
    String colorPalette,
    String detailLevel,
    List<String> tags,
    boolean starred,
    String storageBackend,
    String contentSha256,
    int width,
    int height,
    long bytes,
    String outputFormat,
    Integer outputCompression,
    String background,
    String moderation,
    Integer inputTokens,
    Integer outputTokens,
    Integer totalTokens,
    String textOverlayMetadata,
    UUID sourceImageId,
    String url,
    Instant createdAt,
    Instant updatedAt) {}
