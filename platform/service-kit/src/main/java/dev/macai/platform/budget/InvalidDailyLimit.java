package dev.macai.platform.budget;

import dev.macai.platform.failure.ServiceFailure;
import java.util.Map;

/** A {@code PUT …/budget/limit} body without a whole number ≥ 0: 400 with code {@value #CODE}. */
public final class InvalidDailyLimit extends ServiceFailure {

  public static final String CODE = "invalid_daily_limit";
  static final String FIELD = "daily_limit";

  InvalidDailyLimit(String message) {
    super(400, "Bad Request", message, Map.of(FIELD, message), CODE, null, Map.of());
  }
}
