package dev.macai.song.budget.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The per-user daily budget of song generations. */
@ConfigMapping(prefix = "song.budget")
public interface BudgetConfig {

  /**
   * {@code SONG_DAILY_LIMIT}: generation jobs (songs and instrumentals) per user and UTC day unless
   * an admin sets another; 0 = none.
   */
  @WithDefault("20")
  long dailyLimit();
}
