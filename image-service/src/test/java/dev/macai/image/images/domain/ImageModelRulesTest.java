package dev.macai.image.images.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageModelRulesTest {

  @ParameterizedTest
  @CsvSource({
    "gpt-image-2.6-sunburst, true",
    "gpt-image-2.5-flare-2026-09-08, true",
    "gpt-image-1-mini, true",
    "chatgpt-image-latest, true",
    "dall-e-3, false",
    "gpt-5.4-mini, false",
    "gpt-4o-mini-tts, false",
    "text-embedding-3-small, false"
  })
  void tellsImageModelsByName(String id, boolean image) {
    assertThat(ImageModelRules.isImageModel(id)).isEqualTo(image);
  }

  @Test
  void onlyGptImage25TakesExtraHighAndMaxQuality() {
    assertThat(ImageModelRules.qualities("gpt-image-2.5-sunburst")).contains("xhigh", "max");
    assertThat(ImageModelRules.qualities("gpt-image-2.5-flare-2026-09-08")).contains("max");
    assertThat(ImageModelRules.qualities("gpt-image-2.6-sunburst"))
        .containsExactly("low", "medium", "high", "auto");
    assertThat(ImageModelRules.qualities("gpt-image-2.5-sunburst-preview")).doesNotContain("max");
  }

  @Test
  void listsEveryCombinationTheModelWouldRefuse() {
    ImageOptions options =
        new ImageOptions(
            "gpt-image-2", "1024x1024", "max", ImageFormat.JPEG, null, "transparent", null);
    assertThat(ImageModelRules.check(options))
        .extracting(ImageModelRules.Violation::field)
        .containsExactly("quality", "background");
    ImageOptions compressedPng =
        new ImageOptions("gpt-image-2", "auto", "auto", ImageFormat.PNG, 80, "opaque", "low");
    assertThat(ImageModelRules.check(compressedPng))
        .extracting(ImageModelRules.Violation::field)
        .containsExactly("output_compression");
    ImageOptions fine =
        new ImageOptions(
            "gpt-image-2.5-flare", "1536x1024", "max", ImageFormat.WEBP, 60, "transparent", "low");
    assertThat(ImageModelRules.check(fine)).isEmpty();
  }
}
