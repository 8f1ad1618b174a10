package dev.macai.image.costs.domain;

import java.math.BigDecimal;

/** One amount of OpenAI's costs report: its line item ({@code "dall-e-3, hd 1024x1024"}) in USD. */
public record CostLine(String lineItem, BigDecimal amountUsd) {}
