package dev.macai.image.costs.rest;

import dev.macai.image.costs.service.MonthlyCosts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** One month of OpenAI costs in USD. */
public record CostsView(
    int year,
    int month,
    String currency,
    BigDecimal totalUsd,
    Map<String, BigDecimal> byModel,
    Map<String, BigDecimal> byCategory,
    boolean isFinal,
    boolean stale,
    Instant fetchedAt) {

  static CostsView of(MonthlyCosts costs) {
    return new CostsView(
        costs.month().year(),
        costs.month().month(),
        "usd",
        costs.summary().total(),
        costs.summary().byModel(),
        costs.summary().byCategory(),
        costs.isFinal(),
        costs.stale(),
        costs.fetchedAt());
  }
}
