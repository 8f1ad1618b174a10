package dev.macai.image.costs.service;

import dev.macai.image.costs.domain.CostMonth;
import dev.macai.image.costs.domain.CostSummary;
import java.time.Instant;

/**
 * One month's costs as cached. {@code stale} is true when OpenAI could not be asked and the last
 * cached figures are shown instead.
 */
public record MonthlyCosts(
    CostMonth month, CostSummary summary, boolean isFinal, Instant fetchedAt, boolean stale) {}
