package dev.macai.auth.service;

import dev.macai.auth.domain.ThrottleRule;
import dev.macai.auth.domain.ThrottleState;
import dev.macai.auth.repository.LoginThrottleEntity;
import java.time.Instant;

/** One password check under the throttle, holding its two row-locked keys. */
public final class ThrottledAttempt {

  private final LoginThrottleEntity address;
  private final LoginThrottleEntity account;
  private final ThrottleRule perAddress;
  private final ThrottleRule accountWide;
  private final Instant now;

  ThrottledAttempt(
      LoginThrottleEntity address,
      LoginThrottleEntity account,
      ThrottleRule perAddress,
      ThrottleRule accountWide,
      Instant now) {
    this.address = address;
    this.account = account;
    this.perAddress = perAddress;
    this.accountWide = accountWide;
    this.now = now;
  }

  /** True when the attempt must be refused without looking at the password. */
  public boolean throttled() {
    return retryAfterSeconds() > 0;
  }

  /** Seconds until this address may try again for this subject; zero when it may now. */
  public long retryAfterSeconds() {
    long ownWait = state(address).secondsUntilFree(now);
    long accountWait = accountCeilingApplies() ? state(account).secondsUntilFree(now) : 0;
    return Math.max(ownWait, accountWait);
  }

  public void failed() {
    apply(address, perAddress.afterFailure(state(address), now));
    apply(account, accountWide.afterFailure(state(account), now));
  }

  /**
   * Clears this address's failures and remembers the success. The account-wide count is left to
   * fade, or each login of the owner would hand a crowd of attackers a fresh allowance.
   */
  public void succeeded() {
    apply(address, state(address).afterSuccess(now));
  }

  private boolean accountCeilingApplies() {
    return !state(address).succeededSince(now.minus(perAddress.trustFor()));
  }

  private static ThrottleState state(LoginThrottleEntity row) {
    return new ThrottleState(row.failures, row.lastFailureAt, row.blockedUntil, row.lastSuccessAt);
  }

  private void apply(LoginThrottleEntity row, ThrottleState state) {
    row.failures = state.failures();
    row.lastFailureAt = state.lastFailureAt();
    row.blockedUntil = state.blockedUntil();
    row.lastSuccessAt = state.lastSuccessAt();
    row.updatedAt = now;
  }
}
