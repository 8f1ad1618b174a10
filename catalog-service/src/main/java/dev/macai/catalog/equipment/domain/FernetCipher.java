package dev.macai.catalog.equipment.domain;

import com.macasaet.fernet.Key;
import com.macasaet.fernet.StringValidator;
import com.macasaet.fernet.Token;
import com.macasaet.fernet.TokenValidationException;
import java.security.SecureRandom;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Encrypts secrets as Fernet tokens (https://github.com/fernet/spec) with the current key and
 * decrypts tokens written with the current key or any old one, so a key can be rotated without
 * losing data. Tokens from the original Python system ({@code cryptography.fernet}) decrypt here.
 */
public final class FernetCipher {

  private static final int KEY_BYTES = 32;

  /**
   * Stored secrets never expire, and a token written on a host whose clock ran ahead must still
   * decrypt: accept any timestamp from long before the Unix epoch to far in the future.
   */
  private static final StringValidator ANY_AGE =
      new StringValidator() {
        private final Duration aHundredThousandYears = Duration.ofDays(36_525_000L);

        @Override
        public TemporalAmount getTimeToLive() {
          return aHundredThousandYears;
        }

        @Override
        public TemporalAmount getMaxClockSkew() {
          return aHundredThousandYears;
        }
      };

  private final SecureRandom random = new SecureRandom();
  private final Key current;
  private final List<Key> keys;

  /**
   * @param currentKey encrypts, and decrypts first
   * @param oldKeys still decrypt, never encrypt
   * @throws IllegalArgumentException if a key is not url-safe base64 of 32 bytes
   */
  public FernetCipher(String currentKey, List<String> oldKeys) {
    this.current = parseKey(currentKey, "the current key");
    List<Key> all = new ArrayList<>();
    all.add(current);
    for (int i = 0; i < oldKeys.size(); i++) {
      all.add(parseKey(oldKeys.get(i), "old key number " + (i + 1)));
    }
    this.keys = List.copyOf(all);
  }

  public String encrypt(String plaintext) {
    return Token.generate(random, current, plaintext).serialise();
  }

  /**
   * @throws UnreadableSecretException if the text is no Fernet token or no configured key opens it
   */
  public Decrypted decrypt(String token) {
    Token parsed;
    try {
      parsed = Token.fromString(token);
    } catch (IllegalArgumentException | DateTimeException e) {
      // bad base64, a wrong length or version (IllegalTokenException), an absurd timestamp
      throw new UnreadableSecretException("not a Fernet token");
    }
    for (Key key : keys) {
      try {
        return new Decrypted(parsed.validateAndDecrypt(key, ANY_AGE), key.equals(current));
      } catch (TokenValidationException wrongKey) {
        // try the next key
      }
    }
    throw new UnreadableSecretException("no configured key decrypts it");
  }

  /**
   * @param plaintext the secret
   * @param withCurrentKey false when an old key opened it, so re-encryption would move it
   */
  public record Decrypted(String plaintext, boolean withCurrentKey) {}

  private static Key parseKey(String encoded, String which) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(encoded == null ? "" : encoded.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(which + " is not url-safe base64");
    }
    if (bytes.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          which + " decodes to " + bytes.length + " bytes; a Fernet key has " + KEY_BYTES);
    }
    return new Key(bytes);
  }
}
