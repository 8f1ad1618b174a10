package dev.macai.catalog.equipment.domain;

import static dev.macai.catalog.equipment.FernetTestKeys.FOREIGN_KEY;
import static dev.macai.catalog.equipment.FernetTestKeys.ROTATED_KEY;
import static dev.macai.catalog.equipment.FernetTestKeys.TEST_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.macasaet.fernet.Token;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FernetCipherTest {

  // The published test vector of the Fernet specification, github.com/fernet/spec generate.json
  // and verify.json: made at 1985-10-26T01:20:00-07:00 with IV 00 01 .. 0f.
  static final String SPEC_SECRET = "cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=";
  static final String SPEC_TOKEN =
      "gAAAAAAdwJ6wAAECAwQFBgcICQoLDA0ODy021cpGVWKZ_eEwCGM4BLLF_5CV9dOPmrhuVUPgJobwOz7JcbmrR64jVmpU4IwqDA==";

  final FernetCipher cipher = new FernetCipher(TEST_KEY, List.of());

  @Test
  void theSpecificationsTestVectorDecryptsAlthoughItIsDecadesOld() {
    FernetCipher spec = new FernetCipher(SPEC_SECRET, List.of());

    assertThat(spec.decrypt(SPEC_TOKEN)).isEqualTo(new FernetCipher.Decrypted("hello", true));
    Token token = Token.fromString(SPEC_TOKEN);
    assertThat(token.getTimestamp()).isEqualTo(Instant.parse("1985-10-26T08:20:00Z"));
    assertThat(token.getInitializationVector().getIV())
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  }

  @Test
  void theTestVectorWithOneFlippedSignatureBitIsRefused() {
    byte[] bytes = Base64.getUrlDecoder().decode(SPEC_TOKEN);
    bytes[bytes.length - 1] ^= 1;
    String forged = Base64.getUrlEncoder().encodeToString(bytes);

    assertThatThrownBy(() -> new FernetCipher(SPEC_SECRET, List.of()).decrypt(forged))
        .isInstanceOf(UnreadableSecretException.class)
        .hasMessage("no configured key decrypts it");
  }

  @Test
  void aTokenWrittenByPythonsCryptographyPackageDecrypts() {
    // Fernet(TEST_KEY).encrypt("Sérum licence ✓ 🎛".encode()) with cryptography 48.0.0, the
    // library the original system used.
    String python =
        "gAAAAABrBC_rT6kWK67PwxcVPg7HPqgr52hRvjybGCRxeJhJ86sH-m3CLHM2RAC6ZNAOPaEnZAX8Au8aFXFfKUljbvnR8SEoMZES7eFanWAIFm2pAKK95vE=";

    assertThat(cipher.decrypt(python).plaintext()).isEqualTo("Sérum licence ✓ 🎛");
  }

  @Property(tries = 300)
  void everyUnicodeStringSurvivesTheRoundTrip(@ForAll("unicode") String secret) {
    String token = cipher.encrypt(secret);

    assertThat(token).startsWith("gAAAAA");
    assertThat(cipher.decrypt(token)).isEqualTo(new FernetCipher.Decrypted(secret, true));
  }

  @Provide
  Arbitrary<String> unicode() {
    // Any code point but lone surrogates, which no UTF-8 text (hence no Fernet payload) holds.
    return Arbitraries.integers()
        .between(0, Character.MAX_CODE_POINT)
        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
        .list()
        .ofMaxSize(300)
        .map(cps -> cps.stream().map(Character::toString).collect(Collectors.joining()));
  }

  @Test
  void theSameSecretEncryptsDifferentlyEachTime() {
    assertThat(cipher.encrypt("iLok-1234")).isNotEqualTo(cipher.encrypt("iLok-1234"));
  }

  @Test
  void anOldKeyStillDecryptsButIsReportedAsNotCurrent() {
    String underOldKey = cipher.encrypt("299.99 EUR");
    FernetCipher rotated = new FernetCipher(ROTATED_KEY, List.of(FOREIGN_KEY, TEST_KEY));

    assertThat(rotated.decrypt(underOldKey))
        .isEqualTo(new FernetCipher.Decrypted("299.99 EUR", false));
    // New secrets go under the current key only: the old key alone cannot read them.
    String underNewKey = rotated.encrypt("x");
    assertThat(rotated.decrypt(underNewKey).withCurrentKey()).isTrue();
    assertThatThrownBy(() -> cipher.decrypt(underNewKey))
        .isInstanceOf(UnreadableSecretException.class);
  }

  @Test
  void aTokenOfAnUnknownKeyOrNoTokenAtAllIsUnreadable() {
    String foreign = new FernetCipher(FOREIGN_KEY, List.of()).encrypt("secret");

    assertThatThrownBy(() -> cipher.decrypt(foreign))
        .isInstanceOf(UnreadableSecretException.class)
        .hasMessage("no configured key decrypts it");
    assertThatThrownBy(() -> cipher.decrypt("secret in plain text"))
        .isInstanceOf(UnreadableSecretException.class)
        .hasMessage("not a Fernet token");
    assertThatThrownBy(() -> cipher.decrypt("gAAAAA"))
        .isInstanceOf(UnreadableSecretException.class)
        .hasMessage("not a Fernet token");
  }

  @Test
  void keysMustBe32BytesOfUrlSafeBase64() {
    String sixteenBytes = Base64.getUrlEncoder().encodeToString(new byte[16]);
    assertThatThrownBy(() -> new FernetCipher(sixteenBytes, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the current key decodes to 16 bytes; a Fernet key has 32");
    assertThatThrownBy(() -> new FernetCipher(TEST_KEY, List.of("not base64!")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("old key number 1 is not url-safe base64");
    assertThatThrownBy(() -> new FernetCipher(null, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    // Standard base64 ('+' and '/') is not what Fernet keys use.
    byte[] allOnes = new byte[32];
    Arrays.fill(allOnes, (byte) -1);
    String standard = Base64.getEncoder().encodeToString(allOnes);
    assertThat(standard).contains("/");
    assertThatThrownBy(() -> new FernetCipher(standard, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the current key is not url-safe base64");
    assertThat(new FernetCipher(Base64.getUrlEncoder().encodeToString(allOnes), List.of()))
        .isNotNull();
  }
}
