package dev.macai.auth.service;

import dev.macai.auth.domain.AuthFailure;
import dev.macai.auth.domain.EmailAddress;
import dev.macai.auth.domain.ThrottleSubject;
import dev.macai.auth.repository.UserEntity;
import dev.macai.auth.repository.UserRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Password login under {@link LoginThrottle}. A throttled, an unknown and a wrong attempt each run
 * one BCrypt check and answer the same problem whatever the email, so neither status, body nor time
 * tells whether an account exists.
 */
@ApplicationScoped
public class LoginService {

  private final UserRepository users;
  private final PasswordHasher hasher;
  private final SessionService sessions;
  private final LoginThrottle throttle;
  private final MeterRegistry metrics;

  LoginService(
      UserRepository users,
      PasswordHasher hasher,
      SessionService sessions,
      LoginThrottle throttle,
      MeterRegistry metrics) {
    this.users = users;
    this.hasher = hasher;
    this.sessions = sessions;
    this.throttle = throttle;
    this.metrics = metrics;
  }

  /**
   * @param address the client's address as the gateway saw it
   */
  @Transactional(dontRollbackOn = AuthFailure.class)
  public IssuedSession login(String email, String password, String address) {
    String normalised = EmailAddress.normalise(email);
    Optional<UserEntity> user = users.findByEmail(normalised);
    String subject =
        user.map(found -> ThrottleSubject.ofAccount(found.id))
            .orElseGet(() -> ThrottleSubject.ofUnknownEmail(normalised));
    ThrottledAttempt attempt = throttle.begin(subject, address);
    if (attempt.throttled()) {
      hasher.matchAgainstDecoy(password);
      count("throttled");
      throw AuthFailure.throttled(attempt.retryAfterSeconds());
    }
    boolean valid =
        user.isPresent()
            ? hasher.matches(password, user.get().passwordHash)
            : hasher.matchAgainstDecoy(password);
    if (!valid) {
      attempt.failed();
      count("failure");
      throw AuthFailure.invalidCredentials();
    }
    attempt.succeeded();
    count("success");
    return sessions.start(user.get());
  }

  private void count(String outcome) {
    metrics.counter("auth_logins", "outcome", outcome).increment();
  }
}
