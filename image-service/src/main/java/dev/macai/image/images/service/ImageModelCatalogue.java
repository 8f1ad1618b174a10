package dev.macai.image.images.service;

import dev.macai.image.common.config.OpenAiConfig;
import dev.macai.image.images.client.OpenAiImagesClient;
import dev.macai.image.images.domain.AccountModel;
import dev.macai.image.images.domain.ImageModelRules;
import dev.macai.platform.provider.ProviderFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The image models this installation offers: those the OpenAI account really lists (GET
 * /v1/models), minus models past their announced shutdown, the configured default first. The list
 * is reused for {@code OPENAI_MODELS_TTL}; when OpenAI cannot be asked, the last list (or the
 * configured model alone) is offered with a notice saying why, so the generator page still works.
 */
@ApplicationScoped
public class ImageModelCatalogue {

  private static final Logger LOG = Logger.getLogger(ImageModelCatalogue.class);

  private final OpenAiImagesClient openAi;
  private final String defaultModel;
  private final Duration ttl;
  private final Clock clock;
  private final AtomicReference<Fetched> cache = new AtomicReference<>();

  ImageModelCatalogue(OpenAiImagesClient openAi, OpenAiConfig config, Clock clock) {
    this.openAi = openAi;
    this.defaultModel = config.images().model();
    this.ttl = config.images().modelsTtl();
    this.clock = clock;
  }

  public String defaultModel() {
    return defaultModel;
  }

  public ImageModels offered() {
    Instant now = clock.instant();
    Fetched fetched = cache.get();
    if (fetched == null || fetched.at().plus(ttl).isBefore(now)) {
      try {
        fetched = new Fetched(now, openAi.models());
        cache.set(fetched);
      } catch (ProviderFailure e) {
        LOG.debugf("OpenAI's model list is unavailable: %s", e.getMessage());
        List<AccountModel> last = fetched == null ? List.of() : fetched.models();
        return build(last, "OpenAI's model list is unavailable: " + e.getMessage());
      }
    }
    return build(fetched.models(), null);
  }

  /** A replacement to name when a model was refused: the default, else the first one offered. */
  public String replacementFor(String refused) {
    if (!defaultModel.equals(refused)) {
      return defaultModel;
    }
    return offered().models().stream()
        .map(OfferedModel::id)
        .filter(id -> !id.equals(refused))
        .findFirst()
        .orElse(null);
  }

  private ImageModels build(List<AccountModel> account, String notice) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    List<OfferedModel> models = new ArrayList<>();
    account.stream()
        .filter(model -> ImageModelRules.isImageModel(model.id()))
        .filter(model -> !model.id().equals(defaultModel))
        .filter(model -> model.shutdownDate() == null || model.shutdownDate().isAfter(today))
        // Newest first within OpenAI's naming: gpt-image-2.6-* before gpt-image-2.5-* …
        .sorted(Comparator.comparing(AccountModel::id).reversed())
        .map(model -> offer(model.id(), model.shutdownDate()))
        .forEach(models::add);
    // The configured model comes first even when the list lacks it (a new model, a fetch that
    // failed): generation then fails with OpenAI's own words, and the notice says why.
    AccountModel configured =
        account.stream().filter(m -> m.id().equals(defaultModel)).findFirst().orElse(null);
    models.add(0, offer(defaultModel, configured == null ? null : configured.shutdownDate()));
    String warning = notice;
    if (notice == null && configured == null) {
      warning =
          "The configured image model "
              + defaultModel
              + " (OPENAI_IMAGE_MODEL) is not in your OpenAI account's model list.";
    } else if (notice == null
        && configured.shutdownDate() != null
        && !configured.shutdownDate().isAfter(today)) {
      warning =
          "The configured image model "
              + defaultModel
              + " (OPENAI_IMAGE_MODEL) was shut down on "
              + configured.shutdownDate()
              + "; set OPENAI_IMAGE_MODEL to one of the other models.";
    }
    return new ImageModels(defaultModel, models, notice == null, warning);
  }

  private static OfferedModel offer(String id, LocalDate shutdownDate) {
    return new OfferedModel(id, ImageModelRules.qualities(id), shutdownDate);
  }

  private record Fetched(Instant at, List<AccountModel> models) {}

  /** What the generator page offers; {@code fromAccount} is false when the list is a fallback. */
  public record ImageModels(
      String defaultModel, List<OfferedModel> models, boolean fromAccount, String notice) {}

  /** One model with the qualities it takes and its announced shutdown (null: none). */
  public record OfferedModel(String id, List<String> qualities, LocalDate shutdownDate) {}
}
