package dev.macai.image.images.service;

import dev.macai.image.images.repository.GeneratedImageEntity;
import dev.macai.image.storage.domain.StorageBackend;
import dev.macai.image.storage.service.Storages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Turns rows into {@link Image}s, signing each one's URL with the backend the row names. */
@ApplicationScoped
public class ImageViews {

  private final Storages storages;

  ImageViews(Storages storages) {
    this.storages = storages;
  }

  public Image of(GeneratedImageEntity row) {
    String url = storages.signedUrl(StorageBackend.ofColumn(row.storageBackend), row.objectKey());
    return new Image(
        row.id,
        row.title,
        row.userPrompt,
        row.prompt,
        row.enhancedPrompt,
        row.revisedPrompt,
        row.model,
        row.size,
        row.quality,
        row.artisticStyle,
        row.composition,
        row.lighting,
        row.colorPalette,
        row.detailLevel,
        row.tags == null ? List.of() : List.of(row.tags),
        row.starred,
        row.storageBackend,
        row.contentSha256,
        row.width,
        row.height,
        row.bytes,
        row.outputFormat,
        row.outputCompression,
        row.background,
        row.moderation,
        row.inputTokens,
        row.outputTokens,
        row.totalTokens,
        row.textOverlayMetadata,
        row.sourceImageId,
        url,
        row.createdAt,
        row.updatedAt);
  }
}
