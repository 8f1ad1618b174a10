package dev.macai.song.job.service;

import dev.macai.song.job.config.JobConfig;
import dev.macai.song.mureka.domain.MurekaBilling;
import dev.macai.song.mureka.service.MurekaAccount;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How many Mureka jobs may run at once: {@code MUREKA_MAX_CONCURRENT} when set, else the account's
 * {@code concurrent_request_limit}, else 5.
 */
@ApplicationScoped
public class SlotCap {

  static final int FALLBACK = 5;

  private final JobConfig config;
  private final MurekaAccount account;

  SlotCap(JobConfig config, MurekaAccount account) {
    this.config = config;
    this.account = account;
  }

  public int max() {
    if (config.maxConcurrent() > 0) {
      return config.maxConcurrent();
    }
    try {
      MurekaBilling billing = account.billing();
      Integer limit = billing.concurrentRequestLimit();
      return limit != null && limit > 0 ? limit : FALLBACK;
    } catch (RuntimeException unknown) {
      return FALLBACK;
    }
  }
}
