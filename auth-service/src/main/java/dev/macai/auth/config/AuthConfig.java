package dev.macai.auth.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Every tunable of auth-service; environment variables map as AUTH_REGISTRATION etc. */
@ConfigMapping(prefix = "auth")
public interface AuthConfig {

  /** {@code first-user}, {@code open} or {@code closed}. */
  @WithDefault("first-user")
  String registration();

  Password password();

  Throttle throttle();

  Token token();

  Setup setup();

  /**
   * The request header that names the client's address. The gateway sets {@code X-Real-IP} to the
   * peer it sees and overwrites whatever a client sent; nothing else is trusted. Without the header
   * (no gateway in front) the TCP peer counts.
   */
  @WithDefault("X-Real-IP")
  String clientAddressHeader();

  interface Password {
    /** BCrypt cost factor; 12 takes about a quarter of a second on one core. */
    @WithDefault("12")
    int bcryptCost();
  }

  /** Failed logins and password-change guesses (see {@code domain.ThrottleRule}). */
  interface Throttle {
    /** Failures per email and client address before delays begin. */
    @WithDefault("5")
    int freeFailures();

    /** The first delay; it doubles with every further failure. */
    @WithDefault("1s")
    Duration firstDelay();

    @WithDefault("15m")
    Duration maxDelay();

    /**
     * Failures per account from every address before the account-wide delays begin: far above the
     * per-address count, and with a short cap, so a crowd of addresses slows guessing down without
     * locking the owner out.
     */
    @WithDefault("50")
    int accountFreeFailures();

    @WithDefault("1m")
    Duration accountMaxDelay();

    /** A key's failures are forgotten after this long without a new one. */
    @WithDefault("24h")
    Duration forgetAfter();

    /** A successful login exempts its address from the account-wide delays for this long. */
    @WithDefault("30d")
    Duration trustAddressFor();
  }

  /** The one-time token the first account (the admin) must present. */
  interface Setup {
    /** Preset token (compose, k8s, e2e); without it a random one is made at start-up. */
    Optional<String> token();

    /** Where to write a generated token for the local launcher (owner-only file). */
    Optional<String> tokenFile();
  }

  interface Token {
    @WithDefault("15m")
    Duration accessTtl();

    @WithDefault("30d")
    Duration refreshTtl();

    /** Absolute lifetime of a refresh family (one login): rotation never extends it. */
    @WithDefault("30d")
    Duration refreshFamilyMax();

    /** Where the PEM public key lives: a file path, or {@code classpath:} for a bundled one. */
    String publicKeyLocation();
  }
}
