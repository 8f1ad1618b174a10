package dev.macai.image.overlay.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.image.images.repository.GeneratedImageEntity;
import dev.macai.image.images.repository.GeneratedImageRepository;
import dev.macai.image.images.service.Image;
import dev.macai.image.images.service.ImageObjects;
import dev.macai.image.images.service.ImageViews;
import dev.macai.image.overlay.domain.OverlaySpec;
import dev.macai.image.storage.domain.StorageBackend;
import dev.macai.platform.failure.ServiceFailure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Renders an overlay into a new image and a new row pointing at its source; the source image and
 * its row stay untouched. The new row keeps the source's prompts and style, so it is found by the
 * same searches, and records the overlay settings for the editor to reopen.
 */
@ApplicationScoped
public class OverlayService {

  private final GeneratedImageRepository images;
  private final ImageObjects objects;
  private final ImageViews views;
  private final OverlayRenderer renderer;
  private final ObjectMapper json;
  private final Clock clock;

  OverlayService(
      GeneratedImageRepository images,
      ImageObjects objects,
      ImageViews views,
      OverlayRenderer renderer,
      ObjectMapper json,
      Clock clock) {
    this.images = images;
    this.objects = objects;
    this.views = views;
    this.renderer = renderer;
    this.json = json;
    this.clock = clock;
  }

  public Image addOverlay(
      UUID userId, UUID sourceId, OverlaySpec spec, Map<String, Object> metadata) {
    GeneratedImageEntity source =
        QuarkusTransaction.joiningExisting()
            .call(
                () ->
                    images
                        .findOwned(sourceId, userId)
                        .orElseThrow(() -> ServiceFailure.notFound("image")));
    byte[] original =
        objects
            .read(source)
            .orElseThrow(
                () -> ServiceFailure.gone("The image file of " + sourceId + " is missing."));
    byte[] rendered = renderer.render(original, spec);

    GeneratedImageEntity row = copyOf(source);
    row.id = UUID.randomUUID();
    row.title = spec.title().strip();
    row.sourceImageId = source.id;
    row.textOverlayMetadata = toJson(metadata);
    Instant now = clock.instant();
    row.createdAt = now;
    row.updatedAt = now;
    objects.store(row, rendered);
    try {
      QuarkusTransaction.requiringNew().run(() -> images.persist(row));
    } catch (RuntimeException e) {
      objects.discard(StorageBackend.ofColumn(row.storageBackend), row.objectKey());
      throw e;
    }
    return views.of(row);
  }

  private static GeneratedImageEntity copyOf(GeneratedImageEntity source) {
    GeneratedImageEntity row = new GeneratedImageEntity();
    row.userId = source.userId;
    row.userPrompt = source.userPrompt;
    row.prompt = source.prompt;
    row.enhancedPrompt = source.enhancedPrompt;
    row.revisedPrompt = source.revisedPrompt;
    row.model = source.model;
    row.size = source.size;
    row.quality = source.quality;
    row.artisticStyle = source.artisticStyle;
    row.composition = source.composition;
    row.lighting = source.lighting;
    row.colorPalette = source.colorPalette;
    row.detailLevel = source.detailLevel;
    row.tags = source.tags == null ? new String[0] : source.tags.clone();
    row.starred = false;
    return row;
  }

  private String toJson(Map<String, Object> metadata) {
    try {
      return json.writeValueAsString(metadata);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("overlay metadata is plain data", e);
    }
  }
}
