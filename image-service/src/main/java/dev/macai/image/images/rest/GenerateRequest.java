package dev.macai.image.images.rest;

import dev.macai.image.images.domain.ImageDimensions;
import dev.macai.image.images.domain.ImageFormat;
import dev.macai.image.images.domain.ImageModelRules;
import dev.macai.image.images.domain.ImageOptions;
import dev.macai.image.images.domain.StyleFields;
import dev.macai.image.images.domain.StylePrompt;
import dev.macai.image.images.domain.StyleVocabulary;
import dev.macai.image.images.service.GenerationDraft;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /api/v1/image/generate}. Style fields take the values of {@link StyleVocabulary}; the
 * image fields are GPT Image's own ({@link ImageModelRules} checks what depends on the model).
 */
public record GenerateRequest(
    @NotBlank @Size(max = StylePrompt.MAX_LENGTH) String prompt,
    @Pattern(regexp = ImageModelRules.MODEL_ID, message = "is not a model id") String model,
    @Pattern(regexp = ImageDimensions.SIZES, message = "must be one of " + ImageDimensions.SIZES)
        String size,
    @Size(max = StylePrompt.MAX_LENGTH) String userPrompt,
    @Size(max = 200) String title,
    @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
    @Pattern(
            regexp = ImageModelRules.ALL_QUALITIES,
            message = "must be one of " + ImageModelRules.ALL_QUALITIES)
        String quality,
    @Pattern(regexp = ImageFormat.NAMES, message = "must be one of " + ImageFormat.NAMES)
        String outputFormat,
    @Min(0) @Max(100) Integer outputCompression,
    @Pattern(
            regexp = ImageModelRules.BACKGROUNDS,
            message = "must be one of " + ImageModelRules.BACKGROUNDS)
        String background,
    @Pattern(
            regexp = ImageModelRules.MODERATIONS,
            message = "must be one of " + ImageModelRules.MODERATIONS)
        String moderation,
    @Pattern(
            regexp = StyleVocabulary.ARTISTIC_STYLES,
            message = "must be one of " + StyleVocabulary.ARTISTIC_STYLES)
        String artisticStyle,
    @Pattern(
            regexp = StyleVocabulary.COMPOSITIONS,
            message = "must be one of " + StyleVocabulary.COMPOSITIONS)
        String composition,
    @Pattern(
            regexp = StyleVocabulary.LIGHTINGS,
            message = "must be one of " + StyleVocabulary.LIGHTINGS)
        String lighting,
    @Pattern(
            regexp = StyleVocabulary.COLOR_PALETTES,
            message = "must be one of " + StyleVocabulary.COLOR_PALETTES)
        String colorPalette,
    @Pattern(
            regexp = StyleVocabulary.DETAIL_LEVELS,
            message = "must be one of " + StyleVocabulary.DETAIL_LEVELS)
        String detailLevel) {

  GenerationDraft toDraft() {
    ImageOptions options =
        new ImageOptions(
            blankToNull(model),
            size == null ? "1024x1024" : size,
            quality == null ? "auto" : quality,
            outputFormat == null ? ImageFormat.PNG : ImageFormat.ofApiName(outputFormat),
            outputCompression,
            background,
            moderation);
    return new GenerationDraft(
        prompt.strip(),
        blankToNull(userPrompt),
        options,
        blankToNull(title),
        tags == null ? List.of() : tags.stream().map(String::strip).distinct().toList(),
        new StyleFields(artisticStyle, composition, lighting, colorPalette, detailLevel));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
