package dev.macai.auth.service;

import dev.macai.auth.config.AuthConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * BCrypt through the Elytron implementation that Quarkus maintains. Every login path runs exactly
 * one check, real or decoy, so the answer time does not tell which path was taken; the counter
 * {@code auth_password_checks_total} makes that visible (and testable).
 */
@ApplicationScoped
public class PasswordHasher {

  private final int cost;
  private final String decoyHash;
  private final Counter realChecks;
  private final Counter decoyChecks;

  PasswordHasher(AuthConfig config, MeterRegistry metrics) {
    this.cost = config.password().bcryptCost();
    // Made up front: a lazily made decoy would cost a second BCrypt on its first use.
    this.decoyHash = hash("decoy password that never matches");
    this.realChecks = metrics.counter("auth_password_checks", "kind", "real");
    this.decoyChecks = metrics.counter("auth_password_checks", "kind", "decoy");
  }

  public String hash(String password) {
    return BcryptUtil.bcryptHash(password, cost);
  }

  public boolean matches(String password, String hash) {
    realChecks.increment();
    return BcryptUtil.matches(password, hash);
  }

  /**
   * Spends the same time as a real check when there is no hash to check against (an unknown email)
   * or the attempt is refused unheard (throttled). Never matches.
   */
  public boolean matchAgainstDecoy(String password) {
    decoyChecks.increment();
    BcryptUtil.matches(password, decoyHash);
    return false;
  }
}
