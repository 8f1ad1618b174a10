package dev.macai.auth.service;

import dev.macai.auth.config.AuthConfig;
import dev.macai.auth.domain.ThrottleRule;
import dev.macai.auth.domain.ThrottleSubject;
import dev.macai.auth.repository.LoginThrottleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Throttles password guesses per subject (an account, or an unknown email) and client address, in
 * PostgreSQL so every replica and a restart see the same counts. A second, account-wide key counts
 * the failures from every address with a far higher allowance and a short cap; an address the owner
 * logged in from lately is exempt from it, so failures elsewhere never lock the owner out.
 */
@ApplicationScoped
public class LoginThrottle {

  private static final Duration PURGE_EVERY = Duration.ofHours(1);

  private final LoginThrottleRepository rows;
  private final Clock clock;
  private final ThrottleRule perAddress;
  private final ThrottleRule accountWide;
  private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

  LoginThrottle(LoginThrottleRepository rows, AuthConfig config, Clock clock) {
    this.rows = rows;
    this.clock = clock;
    AuthConfig.Throttle throttle = config.throttle();
    this.perAddress =
        new ThrottleRule(
            throttle.freeFailures(),
            throttle.firstDelay(),
            throttle.maxDelay(),
            throttle.forgetAfter(),
            throttle.trustAddressFor());
    this.accountWide =
        new ThrottleRule(
            throttle.accountFreeFailures(),
            throttle.firstDelay(),
            throttle.accountMaxDelay(),
            throttle.forgetAfter(),
            Duration.ZERO);
  }

  /** Locks the subject's two keys for this attempt; the caller reports how it went. */
  @Transactional(Transactional.TxType.MANDATORY)
  public ThrottledAttempt begin(String subjectHash, String address) {
    Instant now = clock.instant();
    purgeNowAndThen(now);
    return new ThrottledAttempt(
        rows.lockOrCreate(subjectHash, address, now),
        rows.lockOrCreate(subjectHash, ThrottleSubject.EVERY_ADDRESS, now),
        perAddress,
        accountWide,
        now);
  }

  /** Keeps the table small (a bot may spray unknown emails), at most once an hour per replica. */
  private void purgeNowAndThen(Instant now) {
    Instant due = nextPurge.get();
    if (now.isBefore(due) || !nextPurge.compareAndSet(due, now.plus(PURGE_EVERY))) {
      return;
    }
    rows.purgeUnused(now.minus(perAddress.forgetAfter()), now.minus(perAddress.trustFor()), now);
  }
}
