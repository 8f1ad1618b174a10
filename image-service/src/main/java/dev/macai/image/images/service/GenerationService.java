package dev.macai.image.images.service;

import dev.macai.image.images.client.OpenAiImagesClient;
import dev.macai.image.images.domain.GeneratedPicture;
import dev.macai.image.images.domain.ImageModelRules;
import dev.macai.image.images.domain.ImageOptions;
import dev.macai.image.images.domain.StylePrompt;
import dev.macai.image.images.repository.GeneratedImageEntity;
import dev.macai.image.images.repository.GeneratedImageRepository;
import dev.macai.image.storage.domain.StorageBackend;
import dev.macai.platform.budget.DailyBudgets;
import dev.macai.platform.budget.Reservation;
import dev.macai.platform.failure.ServiceFailure;
import dev.macai.platform.provider.ProviderFailure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Generation: check the options against the model, fold the style into the prompt, ask GPT Image,
 * store the image in the format it came in, then record it with its token usage. The provider call
 * runs outside any transaction (it takes up to a minute and must not hold a database connection); a
 * failed provider call stores nothing, a failed insert removes the stored object. Each image is
 * taken from the caller's daily budget before OpenAI is asked and given back when the generation
 * fails, so only images the person got count.
 */
@ApplicationScoped
public class GenerationService {

  /** Images one call asks OpenAI for ({@code n}); the budget counts each. */
  static final int IMAGES_PER_CALL = 1;

  private final OpenAiImagesClient openAi;
  private final ImageModelCatalogue catalogue;
  private final GeneratedImageRepository images;
  private final ImageObjects objects;
  private final ImageViews views;
  private final Clock clock;
  private final DailyBudgets budgets;

  GenerationService(
      OpenAiImagesClient openAi,
      ImageModelCatalogue catalogue,
      GeneratedImageRepository images,
      ImageObjects objects,
      ImageViews views,
      Clock clock,
      DailyBudgets budgets) {
    this.openAi = openAi;
    this.catalogue = catalogue;
    this.images = images;
    this.objects = objects;
    this.views = views;
    this.clock = clock;
    this.budgets = budgets;
  }

  /**
   * Checks the request, takes the image from today's budget (429 {@code daily_budget_exhausted}
   * when it is used up), generates and stores it; any failure after the reservation gives the image
   * back.
   */
  public Image generate(UUID userId, GenerationDraft draft) {
    boolean chosen = draft.options().model() != null;
    ImageOptions options = withModel(draft.options());
    refuseWhatTheModelWouldRefuse(options);
    String enhanced = StylePrompt.fold(draft.prompt(), draft.style());
    Reservation reservation = budgets.reserve(userId, IMAGES_PER_CALL);
    try {
      return generateAndStore(userId, draft, options, enhanced, chosen);
    } catch (RuntimeException e) {
      budgets.giveBack(reservation);
      throw e;
    }
  }

  private Image generateAndStore(
      UUID userId, GenerationDraft draft, ImageOptions options, String enhanced, boolean chosen) {
    GeneratedPicture picture = call(enhanced, options, chosen);

    GeneratedImageEntity row = new GeneratedImageEntity();
    row.id = UUID.randomUUID();
    row.userId = userId;
    row.title = draft.title();
    row.userPrompt = draft.userPrompt();
    row.prompt = draft.prompt();
    row.enhancedPrompt = enhanced;
    row.model = options.model();
    row.size = picture.header().dimensions().sizeName();
    row.quality = picture.quality() != null ? picture.quality() : options.quality();
    row.background = picture.background() != null ? picture.background() : options.background();
    row.outputCompression = options.compression();
    row.moderation = options.moderation();
    if (picture.usage() != null) {
      row.inputTokens = picture.usage().inputTokens();
      row.outputTokens = picture.usage().outputTokens();
      row.totalTokens = picture.usage().totalTokens();
    }
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
    objects.store(row, picture.content());
    try {
      QuarkusTransaction.requiringNew().run(() -> images.persist(row));
    } catch (RuntimeException e) {
      objects.discard(StorageBackend.ofColumn(row.storageBackend), row.objectKey());
      throw e;
    }
    return views.of(row);
  }

  private ImageOptions withModel(ImageOptions options) {
    if (options.model() != null) {
      return options;
    }
    return new ImageOptions(
        catalogue.defaultModel(),
        options.size(),
        options.quality(),
        options.format(),
        options.compression(),
        options.background(),
        options.moderation());
  }

  private static void refuseWhatTheModelWouldRefuse(ImageOptions options) {
    Map<String, String> fields = new LinkedHashMap<>();
    ImageModelRules.check(options).forEach(v -> fields.put(v.field(), v.message()));
    if (!fields.isEmpty()) {
      throw ServiceFailure.invalidFields(fields);
    }
  }

  /**
   * A model OpenAI does not know (any more) is the person's to change when they picked it, and the
   * configuration's when it is the default; both messages name OpenAI's words and a replacement.
   */
  private GeneratedPicture call(String prompt, ImageOptions options, boolean chosen) {
    try {
      return openAi.generate(prompt, options);
    } catch (ProviderFailure e) {
      if (!"model_not_found".equals(e.providerCode())) {
        throw e;
      }
      String replacement = catalogue.replacementFor(options.model());
      String instead = replacement == null ? "" : " Use " + replacement + " instead.";
      if (chosen && !options.model().equals(catalogue.defaultModel())) {
        throw ServiceFailure.invalidField(
            "model", "OpenAI refused " + options.model() + ": " + e.getMessage() + instead);
      }
      throw ProviderFailure.failed(
          "OpenAI refused the configured image model "
              + options.model()
              + " (OPENAI_IMAGE_MODEL): "
              + e.getMessage()
              + instead);
    }
  }
}
