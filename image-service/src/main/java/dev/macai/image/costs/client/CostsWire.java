package dev.macai.image.costs.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/** The JSON of {@code /v1/organization/costs}, as far as we read it. */
final class CostsWire {

  private CostsWire() {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Page(
      List<Bucket> data,
      @JsonProperty("has_more") boolean hasMore,
      @JsonProperty("next_page") String nextPage) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Bucket(List<Result> results) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Result(Amount amount, @JsonProperty("line_item") String lineItem) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Amount(BigDecimal value, String currency) {}
}
