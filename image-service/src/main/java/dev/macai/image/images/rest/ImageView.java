package dev.macai.image.images.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.macai.image.images.service.Image;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An image in a response; {@code url} is signed and expires (ARCHITECTURE §3, media URLs). */
public record ImageView(
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
    @JsonRawValue String textOverlayMetadata,
    UUID sourceImageId,
    boolean hasOverlay,
    String url,
    Instant createdAt,
    Instant updatedAt) {

  public static ImageView of(Image image) {
    return new ImageView(
        image.id(),
        image.title(),
        image.userPrompt(),
        image.prompt(),
        image.enhancedPrompt(),
        image.revisedPrompt(),
        image.model(),
        image.size(),
        image.quality(),
        image.artisticStyle(),
        image.composition(),
        image.lighting(),
        image.colorPalette(),
        image.detailLevel(),
        image.tags(),
        image.starred(),
        image.storageBackend(),
        image.contentSha256(),
        image.width(),
        image.height(),
        image.bytes(),
        image.outputFormat(),
        image.outputCompression(),
        image.background(),
        image.moderation(),
        image.inputTokens(),
        image.outputTokens(),
        image.totalTokens(),
        image.textOverlayMetadata(),
        image.sourceImageId(),
        image.textOverlayMetadata() != null,
        image.url(),
        image.createdAt(),
        image.updatedAt());
  }
}
