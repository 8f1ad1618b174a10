package dev.macai.image.images.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The JSON of {@code /v1/images/generations} for the GPT Image models, as the official {@code
 * openai} npm package (7.60.0, resources/images.d.ts) defines it. No {@code response_format} or
 * {@code style}: GPT Image refuses both (it always answers Base64; style goes into the prompt).
 */
final class ImagesWire {

  private ImagesWire() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Request(
      String model,
      String prompt,
      int n,
      String size,
      String quality,
      @JsonProperty("output_format") String outputFormat,
      @JsonProperty("output_compression") Integer outputCompression,
      String background,
      String moderation) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Response(
      Long created,
      List<Image> data,
      String background,
      @JsonProperty("output_format") String outputFormat,
      String quality,
      String size,
      Usage usage) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Image(@JsonProperty("b64_json") String b64Json) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Usage(
      @JsonProperty("input_tokens") Integer inputTokens,
      @JsonProperty("output_tokens") Integer outputTokens,
      @JsonProperty("total_tokens") Integer totalTokens) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Models(List<Model> data) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Model(String id, @JsonProperty("shutdown_date") String shutdownDate) {}
}
