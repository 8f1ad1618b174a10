package dev.macai.auth.service;

import dev.macai.auth.config.AuthConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;

/** BCrypt through the Elytron implementation that Quarkus maintains. */
@ApplicationScoped
public class PasswordHasher {

  private final int cost;
  private volatile String decoyHash;

  PasswordHasher(AuthConfig config) {
    this.cost = config.password().bcryptCost();
  }

  public String hash(String password) {
    return BcryptUtil.bcryptHash(password, cost);
  }

  public boolean matches(String password, String hash) {
    return BcryptUtil.matches(password, hash);
  }

  /**
   * Spends the same time as a real check when there is no account, so response times do not tell
   * whether an email is registered.
   */
  public void matchAgainstDecoy(String password) {
    String decoy = decoyHash;
    if (decoy == null) {
      decoy = hash("decoy password that never matches");
      decoyHash = decoy;
    }
    matches(password, decoy);
  }
}
