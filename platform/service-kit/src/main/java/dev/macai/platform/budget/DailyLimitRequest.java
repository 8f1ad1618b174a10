package dev.macai.platform.budget;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of {@code PUT …/budget/limit}, {@code {"daily_limit": N}}, read by hand rather than
 * bound: Jackson would turn {@code 2.5} into 2 and {@code "7"} into 7, and every refusal should
 * carry the same stable code ({@link InvalidDailyLimit}).
 */
public final class DailyLimitRequest {

  /** Far above any sensible day (a billion tokens), far below overflow. */
  public static final long MAX = 1_000_000_000L;

  static final String MESSAGE = "must be a whole number from 0 (no limit) to " + MAX;

  private DailyLimitRequest() {}

  /** The limit the body asks for; {@link InvalidDailyLimit} for anything else. */
  public static long dailyLimitOf(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new InvalidDailyLimit("is required: send {\"daily_limit\": N}");
    }
    JsonNode value = body.get(InvalidDailyLimit.FIELD);
    if (value == null || value.isNull()) {
      throw new InvalidDailyLimit("is required: send {\"daily_limit\": N}");
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new InvalidDailyLimit(MESSAGE);
    }
    long limit = value.longValue();
    if (limit < 0 || limit > MAX) {
      throw new InvalidDailyLimit(MESSAGE);
    }
    return limit;
  }
}
