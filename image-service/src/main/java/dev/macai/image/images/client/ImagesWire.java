package dev.macai.image.images.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The JSON of {@code /v1/images/generations}, as far as we read it. */
final class ImagesWire {

  private ImagesWire() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Request(
      String model,
      String prompt,
      int n,
      String size,
      String quality,
      @JsonProperty("response_format") String responseFormat) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Response(Long created, List<Image> data) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Image(
      @JsonProperty("b64_json") String b64Json,
      String url,
      @JsonProperty("revised_prompt") String revisedPrompt) {}
}
