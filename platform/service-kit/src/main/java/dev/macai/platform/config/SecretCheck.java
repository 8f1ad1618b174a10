package dev.macai.platform.config;

import dev.macai.platform.config.SecretRules.Kind;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Refuses to start a production service whose secrets are unset, placeholders or too short (see
 * {@link SecretRules}), so a copied {@code .env.example} cannot go live. Each service lists its
 * secrets in {@code application.properties}, by the variable an operator sets and the property that
 * holds it:
 *
 * <pre>
 * secret-check.password.DB_PASSWORD=quarkus.datasource.password
 * secret-check.key.SONG_MEDIA_SIGNING_KEY=song.storage.signing-key
 * secret-check.private-key-file.AUTH_JWT_PRIVATE_KEY_LOCATION=smallrye.jwt.sign.key.location
 * # checked only when this property has a value (S3 is optional):
 * secret-check.only-if.S3_SECRET_KEY=song.s3.bucket
 * </pre>
 *
 * It runs in the {@code prod} profile ({@code secret-check.enforce}, {@code SECRET_CHECK_ENFORCE},
 * decides otherwise: {@code false} only warns, for a laptop cluster with public development
 * values). The log names each variable and what is wrong with it, never a value.
 */
@ApplicationScoped
public class SecretCheck {

  static final String PREFIX = "secret-check.";
  static final String ONLY_IF = "only-if";
  private static final Logger LOG = Logger.getLogger(SecretCheck.class);

  private final Config config;

  SecretCheck(Config config) {
    this.config = config;
  }

  void onStart(@Observes StartupEvent start) {
    boolean enforce =
        config
            .getOptionalValue(PREFIX + "enforce", Boolean.class)
            .orElseGet(() -> ConfigUtils.isProfileActive("prod"));
    List<String> problems = problems(config);
    if (problems.isEmpty()) {
      return;
    }
    if (!enforce) {
      if (ConfigUtils.isProfileActive("prod")) {
        problems.forEach(p -> LOG.warnf("Insecure secret (SECRET_CHECK_ENFORCE=false): %s", p));
      }
      return;
    }
    problems.forEach(p -> LOG.errorf("Refusing to start: %s", p));
    throw new InsecureSecrets(problems);
  }

  /** What is wrong with the secrets {@code config} lists, one sentence each, by variable. */
  public static List<String> problems(Config config) {
    TreeMap<String, Kind> variables = new TreeMap<>();
    TreeMap<String, String> properties = new TreeMap<>();
    for (String name : config.getPropertyNames()) {
      if (!name.startsWith(PREFIX)) {
        continue;
      }
      String[] parts = name.substring(PREFIX.length()).split("\\.", 2);
      if (parts.length < 2 || parts[0].equals(ONLY_IF)) {
        continue;
      }
      Kind kind =
          Kind.named(parts[0])
              .orElseThrow(
                  () -> new IllegalStateException("Unknown kind of secret in " + name + "."));
      variables.put(parts[1], kind);
      properties.put(parts[1], config.getValue(name, String.class));
    }
    List<String> problems = new ArrayList<>();
    variables.forEach(
        (variable, kind) -> {
          Optional<String> condition =
              value(config, PREFIX + ONLY_IF + "." + variable).map(p -> p.strip());
          if (condition.isPresent() && value(config, condition.get()).isEmpty()) {
            return; // the feature that needs it is off
          }
          SecretRules.problem(variable, kind, value(config, properties.get(variable)))
              .ifPresent(problems::add);
        });
    return problems;
  }

  /** The property's value; empty when unset, blank or an expression without a value. */
  private static Optional<String> value(Config config, String property) {
    try {
      return config.getOptionalValue(property, String.class).filter(v -> !v.isBlank());
    } catch (NoSuchElementException | IllegalArgumentException unresolved) {
      return Optional.empty();
    }
  }

  /** Secrets that will not do in production; the message lists the variables, not the values. */
  public static final class InsecureSecrets extends IllegalStateException {
    InsecureSecrets(List<String> problems) {
      super(
          "Insecure production secrets: "
              + String.join(" ", problems)
              + " Replace them (see deploy/.env.example), or set SECRET_CHECK_ENFORCE=false on a"
              + " development cluster.");
    }
  }
}
