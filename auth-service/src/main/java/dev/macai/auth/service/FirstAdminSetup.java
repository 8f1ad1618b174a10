package dev.macai.auth.service;

import dev.macai.auth.config.AuthConfig;
import dev.macai.auth.domain.AuthFailure;
import dev.macai.auth.domain.RegistrationPolicy;
import dev.macai.auth.domain.SecretHash;
import dev.macai.auth.domain.SetupToken;
import dev.macai.auth.repository.SetupTokenRepository;
import dev.macai.auth.repository.UserRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The first account becomes the admin, so on a fresh deployment it must not go to whoever finds the
 * page first: while no account exists, creating one needs a one-time setup token. It is made at
 * start-up (or preset with {@code AUTH_SETUP_TOKEN}), kept only as a hash in the database so every
 * replica accepts it, announced once in the log and, when {@code AUTH_SETUP_TOKEN_FILE} is set,
 * written to that file for the local launcher. The last replica to start announces the valid one;
 * with several replicas, preset it.
 */
@ApplicationScoped
public class FirstAdminSetup {

  private static final Logger LOG = Logger.getLogger(FirstAdminSetup.class);

  private final UserRepository users;
  private final SetupTokenRepository tokens;
  private final TransactionSynchronizationRegistry transactions;
  private final RegistrationPolicy policy;
  private final Optional<String> preset;
  private final Optional<Path> tokenFile;
  private final Clock clock;

  FirstAdminSetup(
      UserRepository users,
      SetupTokenRepository tokens,
      TransactionSynchronizationRegistry transactions,
      AuthConfig config,
      Clock clock) {
    this.users = users;
    this.tokens = tokens;
    this.transactions = transactions;
    this.policy = RegistrationPolicy.parse(config.registration());
    this.preset = config.setup().token().map(String::trim).filter(token -> !token.isEmpty());
    this.tokenFile = config.setup().tokenFile().filter(file -> !file.isBlank()).map(Path::of);
    this.clock = clock;
  }

  void onStart(@Observes StartupEvent started) {
    prepare();
  }

  /** Issues the setup token if the deployment has no account yet, and forgets it otherwise. */
  @Transactional
  public void prepare() {
    users.lockRegistrations();
    if (!neededNow()) {
      tokens.clear();
      deleteTokenFile();
      return;
    }
    String token = preset.orElseGet(SetupToken::generate);
    tokens.replace(SetupToken.hash(token), clock.instant());
    writeTokenFile(token);
    if (preset.isPresent()) {
      LOG.info("First-admin setup: create the first account with the token in AUTH_SETUP_TOKEN.");
    } else {
      // The one place a secret goes to the log, on purpose: the operator needs it, once.
      LOG.infof("First-admin setup token: %s", token);
      LOG.info("First-admin setup: the first account (the admin) needs this token; it works once.");
    }
  }

  /** True while the next account would be the admin and therefore needs the token. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean required() {
    return neededNow();
  }

  /** Accepts the token for the first account and retires it with the transaction's commit. */
  @Transactional(Transactional.TxType.MANDATORY)
  void consume(String presented) {
    if (presented == null || presented.isBlank()) {
      throw AuthFailure.setupTokenRequired();
    }
    String pending = tokens.pendingHash().orElseThrow(AuthFailure::setupTokenInvalid);
    if (!SecretHash.sameHash(pending, SetupToken.hash(presented))) {
      LOG.warn("First-admin setup: an account was refused because of a wrong setup token");
      throw AuthFailure.setupTokenInvalid();
    }
    tokens.clear();
    transactions.registerInterposedSynchronization(new DeleteFileAfterCommit());
  }

  private boolean neededNow() {
    return policy != RegistrationPolicy.CLOSED && users.count() == 0;
  }

  private void writeTokenFile(String token) {
    if (tokenFile.isEmpty()) {
      return;
    }
    Path file = tokenFile.get();
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.deleteIfExists(file);
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      Files.writeString(file, token + "\n", StandardCharsets.US_ASCII);
    } catch (IOException e) {
      LOG.warnf("First-admin setup: cannot write the token file %s (%s)", file, e.getMessage());
    }
  }

  private void deleteTokenFile() {
    tokenFile.ifPresent(
        file -> {
          try {
            Files.deleteIfExists(file);
          } catch (IOException e) {
            LOG.warnf("First-admin setup: cannot delete the token file %s", file);
          }
        });
  }

  private final class DeleteFileAfterCommit implements Synchronization {
    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        deleteTokenFile();
      }
    }
  }
}
