package dev.macai.auth.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Every tunable of auth-service; environment variables map as AUTH_REGISTRATION etc. */
@ConfigMapping(prefix = "auth")
public interface AuthConfig {

  /** {@code first-user}, {@code open} or {@code closed}. */
  @WithDefault("first-user")
  String registration();

  Password password();

  Lockout lockout();

  Token token();

  interface Password {
    /** BCrypt cost factor; 12 takes about a quarter of a second on one core. */
    @WithDefault("12")
    int bcryptCost();
  }

  interface Lockout {
    @WithDefault("5")
    int maxFailures();

    @WithDefault("15m")
    Duration window();

    @WithDefault("15m")
    Duration duration();
  }

  interface Token {
    @WithDefault("15m")
    Duration accessTtl();

    @WithDefault("30d")
    Duration refreshTtl();

    /** Where the PEM public key lives: a file path, or {@code classpath:} for a bundled one. */
    String publicKeyLocation();
  }
}
