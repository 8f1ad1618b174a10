package dev.macai.auth.service;

import dev.macai.auth.config.AuthConfig;
import dev.macai.auth.domain.AuthFailure;
import dev.macai.auth.domain.EmailAddress;
import dev.macai.auth.domain.RegistrationPolicy;
import dev.macai.auth.domain.ThrottleSubject;
import dev.macai.auth.repository.UserEntity;
import dev.macai.auth.repository.UserRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Accounts: sign-up under the registration policy, profile, password, the admin's user list. */
@ApplicationScoped
public class AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class);

  private final UserRepository users;
  private final PasswordHasher hasher;
  private final SessionService sessions;
  private final LoginThrottle throttle;
  private final FirstAdminSetup setup;
  private final RegistrationPolicy policy;
  private final Clock clock;

  AccountService(
      UserRepository users,
      PasswordHasher hasher,
      SessionService sessions,
      LoginThrottle throttle,
      FirstAdminSetup setup,
      AuthConfig config,
      Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.sessions = sessions;
    this.throttle = throttle;
    this.setup = setup;
    this.policy = RegistrationPolicy.parse(config.registration());
    this.clock = clock;
  }

  /**
   * @param setupToken required for the first account (the admin), ignored for later ones
   */
  @Transactional
  public Account register(NewAccount account, String setupToken) {
    users.lockRegistrations();
    RegistrationPolicy.Decision decision = policy.decide(users.count());
    if (decision == RegistrationPolicy.Decision.REFUSE) {
      throw AuthFailure.registrationClosed();
    }
    if (decision == RegistrationPolicy.Decision.CREATE_ADMIN) {
      setup.consume(setupToken);
    }
    String email = EmailAddress.normalise(account.email());
    if (users.findByEmail(email).isPresent()) {
      throw AuthFailure.emailTaken();
    }
    Instant now = clock.instant();
    UserEntity user = new UserEntity();
    user.id = UUID.randomUUID();
    user.email = email;
    user.passwordHash = hasher.hash(account.password());
    user.firstName = account.firstName().trim();
    user.lastName = account.lastName().trim();
    user.artistName = blankToNull(account.artistName());
    user.admin = decision == RegistrationPolicy.Decision.CREATE_ADMIN;
    user.passwordChangedAt = now;
    user.createdAt = now;
    user.updatedAt = now;
    users.persist(user);
    LOG.infof("Registered user %s%s", user.id, user.admin ? " as admin" : "");
    return Account.of(user);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Account profile(UUID userId) {
    return Account.of(existing(userId));
  }

  @Transactional
  public Account updateProfile(UUID userId, ProfileChange change) {
    UserEntity user = existing(userId);
    user.firstName = change.firstName().trim();
    user.lastName = change.lastName().trim();
    user.artistName = blankToNull(change.artistName());
    user.updatedAt = clock.instant();
    return Account.of(user);
  }

  /**
   * Replaces the password and signs out every session, including stolen ones; the caller gets a
   * fresh session so changing the password does not log them out. A wrong current password is a
   * failure under the login throttle (same account and address), so a stolen access token cannot
   * guess the password at the API's rate.
   */
  @Transactional(dontRollbackOn = AuthFailure.class)
  public IssuedSession changePassword(
      UUID userId, String currentPassword, String newPassword, String address) {
    UserEntity user = existing(userId);
    ThrottledAttempt attempt = throttle.begin(ThrottleSubject.ofAccount(userId), address);
    if (attempt.throttled()) {
      hasher.matchAgainstDecoy(currentPassword);
      throw AuthFailure.throttled(attempt.retryAfterSeconds());
    }
    if (!hasher.matches(currentPassword, user.passwordHash)) {
      attempt.failed();
      throw AuthFailure.invalidField("old_password", "is not your current password");
    }
    attempt.succeeded();
    Instant now = clock.instant();
    user.passwordHash = hasher.hash(newPassword);
    user.passwordChangedAt = now;
    user.updatedAt = now;
    sessions.revokeAllSessions(userId);
    return sessions.start(user);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public UserPage list(String query, String sortKey, boolean descending, int offset, int limit) {
    String field =
        switch (sortKey) {
          case "email" -> "email";
          case "last_name" -> "lastName";
          default -> "createdAt";
        };
    Sort sort =
        Sort.by(field, descending ? Sort.Direction.Descending : Sort.Direction.Ascending).and("id");
    return new UserPage(
        users.search(query, sort, offset, limit).stream().map(Account::of).toList(),
        users.countMatching(query),
        limit,
        offset);
  }

  /** The caller's own row; gone only if the account was deleted while the token still lives. */
  UserEntity existing(UUID userId) {
    return users.findByIdOptional(userId).orElseThrow(AuthFailure::userNotFound);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
