package dev.macai.image.costs.service;

import dev.macai.image.costs.domain.CostMonth;
import dev.macai.image.costs.domain.CostSummary;

/** The cached months added up; first and last are null when nothing is cached yet. */
public record AllTimeCosts(CostSummary summary, int months, CostMonth first, CostMonth last) {}
