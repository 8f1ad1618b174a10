package dev.macai.platform.config;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a production secret must not be: unset, a placeholder from an example file, or too short to
 * be worth guessing at. Every answer names the variable, never its value.
 */
public final class SecretRules {

  /** What kind of secret a variable holds, and so how long it must at least be. */
  public enum Kind {
    /** A password (database, S3 secret key, setup token): 12 characters. */
    PASSWORD(12),
    /** A key (HMAC, Fernet): 32 characters. */
    KEY(32),
    /** A name that goes with a secret (an S3 access key id): only not a placeholder. */
    IDENTIFIER(1),
    /** The location of a PEM private key (PKCS#8); an RSA key needs 2048 bits. */
    PRIVATE_KEY_FILE(1);

    private final int minLength;

    Kind(int minLength) {
      this.minLength = minLength;
    }

    public int minLength() {
      return minLength;
    }

    /** {@code password}, {@code key}, {@code identifier}, {@code private-key-file}. */
    public static Optional<Kind> named(String name) {
      for (Kind kind : values()) {
        if (kind.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(name)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }

  static final int MIN_RSA_BITS = 2048;

  /** Parts of the values example files and tutorials use: nobody's real secret contains them. */
  private static final List<String> PLACEHOLDER_PARTS =
      List.of(
          "change-me",
          "change_me",
          "changeme",
          "replace-me",
          "replace_me",
          "replaceme",
          "placeholder",
          "example",
          "your-",
          "your_");

  /** Whole values that are defaults somewhere (MinIO's, Quarkus', ours for S3). */
  private static final List<String> PLACEHOLDER_VALUES =
      List.of(
          "secret",
          "password",
          "passwd",
          "admin",
          "minioadmin",
          "unset",
          "none",
          "null",
          "default",
          "test",
          "todo",
          "dev",
          "local");

  /** One character repeated (padding aside), like the all-zero Fernet key {@code AAAA…=}. */
  private static final Pattern ONE_CHARACTER = Pattern.compile("(.)\\1*=*");

  /** A template's slot, like {@code <your key>}. */
  private static final Pattern SLOT = Pattern.compile("<.*>");

  private SecretRules() {}

  /**
   * Why {@code value} will not do as {@code variable} of this {@code kind} in production, or empty
   * when it will.
   */
  public static Optional<String> problem(String variable, Kind kind, Optional<String> value) {
    if (value.isEmpty() || value.get().isBlank()) {
      return Optional.of(variable + " is not set.");
    }
    String secret = value.get().strip();
    if (kind == Kind.PRIVATE_KEY_FILE) {
      return privateKeyProblem(variable, secret);
    }
    if (isPlaceholder(secret)) {
      return Optional.of(
          variable + " holds a placeholder (like change-me or an example value); set a real one.");
    }
    if (secret.length() < kind.minLength()) {
      return Optional.of(
          variable
              + " is too short: at least "
              + kind.minLength()
              + " characters (e.g. openssl rand -base64 32).");
    }
    return Optional.empty();
  }

  static boolean isPlaceholder(String secret) {
    String lower = secret.toLowerCase(Locale.ROOT);
    return PLACEHOLDER_VALUES.contains(lower)
        || PLACEHOLDER_PARTS.stream().anyMatch(lower::contains)
        || ONE_CHARACTER.matcher(secret).matches()
        || SLOT.matcher(secret).matches();
  }

  private static Optional<String> privateKeyProblem(String variable, String location) {
    if (location.startsWith("classpath:")) {
      // The only key on a classpath is the committed test key.
      return Optional.of(variable + " points into the application (classpath:); use a key file.");
    }
    Path file = Path.of(location.startsWith("file:") ? location.substring(5) : location);
    String pem;
    try {
      pem = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException | RuntimeException unreadable) {
      return Optional.of(variable + " names a file that cannot be read.");
    }
    if (pem.strip().startsWith("{")) {
      return Optional.empty(); // a JWK: smallrye-jwt judges it when it signs
    }
    if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
      return Optional.of(variable + " names a file without a PEM private key (PKCS#8).");
    }
    String body = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
    try {
      byte[] der = Base64.getDecoder().decode(body);
      RSAPrivateKey key =
          (RSAPrivateKey)
              KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
      BigInteger modulus = key.getModulus();
      if (modulus.bitLength() < MIN_RSA_BITS) {
        return Optional.of(
            variable + " holds an RSA key of " + modulus.bitLength() + " bits; at least 2048.");
      }
      return Optional.empty();
    } catch (IllegalArgumentException | GeneralSecurityException | ClassCastException e) {
      return Optional.of(variable + " names a file that is not an RSA private key.");
    }
  }
}
