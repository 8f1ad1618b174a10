package dev.macai.image.images.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What each GPT Image model accepts, as the official {@code openai} npm package (7.60.0,
 * resources/images.d.ts) documents it: every GPT Image model takes {@code low|medium|high|auto}
 * quality, GPT Image 2.5 Sunburst and Flare (and their 2026-09-08 snapshots) also {@code
 * xhigh|max}; a transparent background needs PNG or WebP; {@code output_compression} applies to
 * WebP and JPEG only. Checked before the paid call so the person learns every wrong field at once.
 */
public final class ImageModelRules {

  /** Every quality some model takes: the request pattern; {@link #qualities} narrows it. */
  public static final String ALL_QUALITIES = "low|medium|high|xhigh|max|auto";

  public static final String BACKGROUNDS = "transparent|opaque|auto";
  public static final String MODERATIONS = "low|auto";

  /** Model ids are lower-case names with digits, dots and dashes, e.g. gpt-image-2.5-flare. */
  public static final String MODEL_ID = "[a-z0-9][a-z0-9.:_-]{0,63}";

  private static final List<String> BASE_QUALITIES = List.of("low", "medium", "high", "auto");
  private static final List<String> EXTENDED_QUALITIES =
      List.of("low", "medium", "high", "xhigh", "max", "auto");
  private static final Pattern EXTENDED_QUALITY_MODELS =
      Pattern.compile("gpt-image-2\\.5-(sunburst|flare)(-2026-09-08)?");
  private static final Pattern IMAGE_MODELS =
      Pattern.compile("(gpt-image-[0-9][a-z0-9.-]*|chatgpt-image-[a-z0-9.-]+)");

  private ImageModelRules() {}

  /** OpenAI's model list has no capability field: image models are told by their names. */
  public static boolean isImageModel(String id) {
    return id != null && IMAGE_MODELS.matcher(id).matches();
  }

  public static List<String> qualities(String model) {
    return model != null && EXTENDED_QUALITY_MODELS.matcher(model).matches()
        ? EXTENDED_QUALITIES
        : BASE_QUALITIES;
  }

  /** The fields the model would refuse, each with why; empty when the request is fine. */
  public static List<Violation> check(ImageOptions options) {
    List<Violation> violations = new ArrayList<>();
    List<String> qualities = qualities(options.model());
    if (options.quality() != null && !qualities.contains(options.quality())) {
      violations.add(
          new Violation(
              "quality",
              "must be one of " + String.join("|", qualities) + " for " + options.model()));
    }
    if ("transparent".equals(options.background()) && !options.format().hasAlpha()) {
      violations.add(new Violation("background", "transparent needs output_format png or webp"));
    }
    if (options.compression() != null && !options.format().takesCompression()) {
      violations.add(
          new Violation("output_compression", "applies only to output_format webp or jpeg"));
    }
    return violations;
  }

  public record Violation(String field, String message) {}
}
