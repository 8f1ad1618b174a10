package dev.macai.image.images.rest;

import dev.macai.image.images.domain.ImageDimensions;
import dev.macai.image.images.domain.ImageFormat;
import dev.macai.image.images.domain.ImageModelRules;
import dev.macai.image.images.service.ImageModelCatalogue;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * {@code GET /api/v1/image/models}: what the generator page offers. {@code from_account} is false
 * when OpenAI's list could not be read and {@code notice} says why.
 */
public record ImageModelsView(
    String defaultModel,
    boolean fromAccount,
    String notice,
    List<Model> models,
    List<String> sizes,
    List<String> outputFormats,
    List<String> backgrounds,
    List<String> moderations) {

  public record Model(String id, List<String> qualities, LocalDate shutdownDate) {}

  static ImageModelsView of(ImageModelCatalogue.ImageModels offered) {
    return new ImageModelsView(
        offered.defaultModel(),
        offered.fromAccount(),
        offered.notice(),
        offered.models().stream()
            .map(model -> new Model(model.id(), model.qualities(), model.shutdownDate()))
            .toList(),
        split(ImageDimensions.SIZES),
        split(ImageFormat.NAMES),
        split(ImageModelRules.BACKGROUNDS),
        split(ImageModelRules.MODERATIONS));
  }

  private static List<String> split(String alternatives) {
    return Arrays.asList(alternatives.split("\\|"));
  }
}
