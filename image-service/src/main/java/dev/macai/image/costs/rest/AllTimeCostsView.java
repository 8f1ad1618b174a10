package dev.macai.image.costs.rest;

import dev.macai.image.costs.service.AllTimeCosts;
import java.math.BigDecimal;
import java.util.Map;

/** The sum of every cached month; {@code first_month}/{@code last_month} as {@code YYYY-MM}. */
public record AllTimeCostsView(
    String currency,
    BigDecimal totalUsd,
    Map<String, BigDecimal> byModel,
    Map<String, BigDecimal> byCategory,
    int months,
    String firstMonth,
    String lastMonth) {

  static AllTimeCostsView of(AllTimeCosts costs) {
    return new AllTimeCostsView(
        "usd",
        costs.summary().total(),
        costs.summary().byModel(),
        costs.summary().byCategory(),
        costs.months(),
        costs.first() == null
            ? null
            : String.format("%d-%02d", costs.first().year(), costs.first().month()),
        costs.last() == null
            ? null
            : String.format("%d-%02d", costs.last().year(), costs.last().month()));
  }
}
