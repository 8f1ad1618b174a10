package dev.macai.image.budget.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The per-user daily budget of generated images. */
@ConfigMapping(prefix = "image.budget")
public interface BudgetConfig {

  /**
   * {@code IMAGE_DAILY_LIMIT}: images per user and UTC day unless an admin sets another; 0 = none.
   */
  @WithDefault("50")
  long dailyLimit();
}
