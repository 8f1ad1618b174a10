package dev.macai.auth.service;

import dev.macai.auth.config.AuthConfig;
import dev.macai.auth.domain.AuthFailure;
import dev.macai.auth.domain.EmailAddress;
import dev.macai.auth.domain.LoginAttempts;
import dev.macai.auth.repository.UserEntity;
import dev.macai.auth.repository.UserRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Password login with a per-account lockout after repeated failures. */
@ApplicationScoped
public class LoginService {

  private static final Logger LOG = Logger.getLogger(LoginService.class);

  private final UserRepository users;
  private final PasswordHasher hasher;
  private final SessionService sessions;
  private final AuthConfig config;
  private final Clock clock;
  private final MeterRegistry metrics;

  LoginService(
      UserRepository users,
      PasswordHasher hasher,
      SessionService sessions,
      AuthConfig config,
      Clock clock,
      MeterRegistry metrics) {
    this.users = users;
    this.hasher = hasher;
    this.sessions = sessions;
    this.config = config;
    this.clock = clock;
    this.metrics = metrics;
  }

  /**
   * The user row is locked for the attempt, so concurrent guesses are counted one by one and cannot
   * slip past the limit. Failures are committed even though the method throws.
   */
  @Transactional(dontRollbackOn = AuthFailure.class)
  public IssuedSession login(String email, String password) {
    Instant now = clock.instant();
    Optional<UserEntity> found = users.findByEmailForUpdate(EmailAddress.normalise(email));
    if (found.isEmpty()) {
      hasher.matchAgainstDecoy(password);
      count("failure");
      throw AuthFailure.invalidCredentials();
    }
    UserEntity user = found.get();
    LoginAttempts attempts = attemptsOf(user);
    if (attempts.isLocked(now)) {
      count("locked");
      throw AuthFailure.accountLocked(attempts.secondsUntilUnlocked(now));
    }
    if (!hasher.matches(password, user.passwordHash)) {
      return recordFailure(user, attempts, now);
    }
    apply(user, LoginAttempts.NONE);
    count("success");
    return sessions.start(user);
  }

  private IssuedSession recordFailure(UserEntity user, LoginAttempts attempts, Instant now) {
    LoginAttempts next =
        attempts.afterFailure(
            now,
            config.lockout().maxFailures(),
            config.lockout().window(),
            config.lockout().duration());
    apply(user, next);
    if (next.isLocked(now)) {
      count("lockout");
      LOG.warnf("Account %s locked after repeated failed logins", user.id);
      throw AuthFailure.accountLocked(next.secondsUntilUnlocked(now));
    }
    count("failure");
    throw AuthFailure.invalidCredentials();
  }

  private static LoginAttempts attemptsOf(UserEntity user) {
    return new LoginAttempts(user.failedLogins, user.failureWindowStart, user.lockedUntil);
  }

  private static void apply(UserEntity user, LoginAttempts attempts) {
    user.failedLogins = attempts.failures();
    user.failureWindowStart = attempts.windowStart();
    user.lockedUntil = attempts.lockedUntil();
  }

  private void count(String outcome) {
    metrics.counter("auth_logins", "outcome", outcome).increment();
  }
}
