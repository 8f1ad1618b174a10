package dev.macai.image.images.service;

import dev.macai.image.images.client.OpenAiImagesClient;
import dev.macai.image.images.domain.GeneratedPicture;
import dev.macai.image.images.domain.StylePrompt;
import dev.macai.image.images.repository.GeneratedImageEntity;
import dev.macai.image.images.repository.GeneratedImageRepository;
import dev.macai.image.storage.domain.StorageBackend;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Generation: fold the style into the prompt, ask DALL-E, store the PNG, then record it. The
 * provider call runs outside any transaction (it takes up to a minute and must not hold a database
 * connection); a failed provider call stores nothing, a failed insert removes the stored object.
 */
@ApplicationScoped
public class GenerationService {

  private final OpenAiImagesClient openAi;
  private final GeneratedImageRepository images;
  private final ImageObjects objects;
  private final ImageViews views;
  private final Clock clock;

  GenerationService(
      OpenAiImagesClient openAi,
      GeneratedImageRepository images,
      ImageObjects objects,
      ImageViews views,
      Clock clock) {
    this.openAi = openAi;
    this.images = images;
    this.objects = objects;
    this.views = views;
    this.clock = clock;
  }

  public Image generate(UUID userId, GenerationDraft draft) {
    String enhanced = StylePrompt.fold(draft.prompt(), draft.style());
    GeneratedPicture picture = openAi.generate(enhanced, draft.size(), draft.quality());

    GeneratedImageEntity row = new GeneratedImageEntity();
    row.id = UUID.randomUUID();
    row.userId = userId;
    row.title = draft.title();
    row.userPrompt = draft.userPrompt();
    row.prompt = draft.prompt();
    row.enhancedPrompt = enhanced;
    row.revisedPrompt = picture.revisedPrompt();
    row.model = openAi.model();
    row.size = draft.size();
    row.quality = draft.quality();
    row.artisticStyle = draft.style().artisticStyle();
    row.composition = draft.style().composition();
    row.lighting = draft.style().lighting();
    row.colorPalette = draft.style().colorPalette();
    row.detailLevel = draft.style().detailLevel();
    row.tags = draft.tags().toArray(String[]::new);
    row.starred = false;
    Instant now = clock.instant();
    row.createdAt = now;
    row.updatedAt = now;
    objects.store(row, picture.png());
    try {
      QuarkusTransaction.requiringNew().run(() -> images.persist(row));
    } catch (RuntimeException e) {
      objects.discard(StorageBackend.ofColumn(row.storageBackend), row.objectKey());
      throw e;
    }
    return views.of(row);
  }
}
