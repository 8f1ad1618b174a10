package dev.macai.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.macai.platform.config.SecretRules.Kind;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretCheckTest {

  static final String STRONG_KEY = "8yZyXZRD3Gmloy44n-qhVu487Rv0HYgYC5_cuXonfbc=";

  @TempDir Path dir;

  static Optional<String> problem(Kind kind, String value) {
    return SecretRules.problem("SOME_SECRET", kind, Optional.ofNullable(value));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "change-me",
        "CHANGE-ME-to-a-long-random-string",
        "change-me-generate-a-key",
        "changeme12345678901234567890123456",
        "replace-me-with-a-long-random-value-please",
        "this-is-an-example-signing-key-of-length",
        "minioadmin",
        "unset",
        "password",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "<your signing key goes here, 32 chars or more>"
      })
  void placeholdersAreRefusedWhateverTheirLength(String value) {
    assertThat(problem(Kind.KEY, value))
        .hasValueSatisfying(p -> assertThat(p).startsWith("SOME_SECRET holds a placeholder"));
    assertThat(problem(Kind.PASSWORD, value)).isPresent();
  }

  @Test
  void emptyAndShortSecretsAreRefusedByName() {
    assertThat(problem(Kind.PASSWORD, null)).hasValue("SOME_SECRET is not set.");
    assertThat(problem(Kind.PASSWORD, "  ")).hasValue("SOME_SECRET is not set.");
    assertThat(problem(Kind.PASSWORD, "s3cr3t-pw"))
        .hasValueSatisfying(p -> assertThat(p).startsWith("SOME_SECRET is too short: at least 12"));
    assertThat(problem(Kind.KEY, "media-secret-not-long-enough"))
        .hasValueSatisfying(p -> assertThat(p).contains("at least 32"));
  }

  @Test
  void realSecretsPassAndNoMessageRepeatsAValue() {
    assertThat(problem(Kind.PASSWORD, "local-auth_service")).isEmpty();
    assertThat(problem(Kind.PASSWORD, "Zq3v9LmW2pXr")).isEmpty();
    assertThat(problem(Kind.KEY, STRONG_KEY)).isEmpty();
    assertThat(problem(Kind.IDENTIFIER, "mac-ai-local")).isEmpty();
    assertThat(problem(Kind.IDENTIFIER, "minioadmin")).isPresent();
    assertThat(problem(Kind.PASSWORD, "short1"))
        .hasValueSatisfying(p -> assertThat(p).doesNotContain("short1"));
  }

  @Test
  void aPrivateKeyFileMustHoldAnRsaKeyOfAtLeast2048Bits() throws Exception {
    assertThat(problem(Kind.PRIVATE_KEY_FILE, rsaKeyFile(2048).toString())).isEmpty();
    assertThat(problem(Kind.PRIVATE_KEY_FILE, "file:" + rsaKeyFile(2048))).isEmpty();
    assertThat(problem(Kind.PRIVATE_KEY_FILE, rsaKeyFile(1024).toString()))
        .hasValueSatisfying(p -> assertThat(p).contains("1024 bits"));
    assertThat(problem(Kind.PRIVATE_KEY_FILE, dir.resolve("missing.pem").toString()))
        .hasValue("SOME_SECRET names a file that cannot be read.");
    Path notAKey = Files.writeString(dir.resolve("note.pem"), "change-me");
    assertThat(problem(Kind.PRIVATE_KEY_FILE, notAKey.toString()))
        .hasValueSatisfying(p -> assertThat(p).contains("without a PEM private key"));
    assertThat(problem(Kind.PRIVATE_KEY_FILE, "classpath:jwt/test-private.pem"))
        .hasValueSatisfying(p -> assertThat(p).contains("classpath:"));
  }

  @Test
  void theServicesListIsReadFromConfigurationAndOptionalOnesOnlyWhenTheirFeatureIsOn()
      throws Exception {
    Map<String, String> properties = new HashMap<>();
    properties.put("secret-check.password.DB_PASSWORD", "quarkus.datasource.password");
    properties.put("secret-check.key.SONG_MEDIA_SIGNING_KEY", "song.storage.signing-key");
    properties.put("secret-check.password.S3_SECRET_KEY", "s3.secret");
    properties.put("secret-check.only-if.S3_SECRET_KEY", "song.s3.bucket");
    properties.put(
        "secret-check.private-key-file.AUTH_JWT_PRIVATE_KEY_LOCATION",
        "smallrye.jwt.sign.key.location");
    properties.put("smallrye.jwt.sign.key.location", rsaKeyFile(2048).toString());
    properties.put("quarkus.datasource.password", "${DB_PASSWORD}");
    properties.put("DB_PASSWORD", "change-me");
    properties.put("song.storage.signing-key", "media-secret");
    properties.put("s3.secret", "unset");
    properties.put("song.s3.bucket", "");

    List<String> problems = SecretCheck.problems(config(properties));

    assertThat(problems)
        .containsExactly(
            "DB_PASSWORD holds a placeholder (like change-me or an example value); set a real one.",
            "SONG_MEDIA_SIGNING_KEY is too short: at least 32 characters (e.g. openssl rand -base64"
                + " 32).");
    assertThat(String.join(" ", problems)).doesNotContain("media-secret");

    properties.put("song.s3.bucket", "mac-ai");
    properties.put("DB_PASSWORD", "Zq3v9LmW2pXr-7");
    properties.put("song.storage.signing-key", STRONG_KEY);
    assertThat(SecretCheck.problems(config(properties)))
        .containsExactly(
            "S3_SECRET_KEY holds a placeholder (like change-me or an example value); set a real"
                + " one.");

    properties.remove("DB_PASSWORD"); // an expression without a value
    properties.put("s3.secret", "Zq3v9LmW2pXr-7");
    assertThat(SecretCheck.problems(config(properties))).containsExactly("DB_PASSWORD is not set.");
  }

  @Test
  void enforcedTheStartFailsNamingTheVariablesButNotTheirValues() {
    Map<String, String> properties = new HashMap<>();
    properties.put("secret-check.password.DB_PASSWORD", "db.password");
    properties.put("secret-check.key.SIGNING_KEY", "signing.key");
    properties.put("db.password", "Passw0rd-example");
    properties.put("signing.key", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
    properties.put("secret-check.enforce", "true");

    assertThatThrownBy(() -> new SecretCheck(config(properties)).onStart(null))
        .isInstanceOf(SecretCheck.InsecureSecrets.class)
        .hasMessageContaining("DB_PASSWORD holds a placeholder")
        .hasMessageContaining("SIGNING_KEY holds a placeholder")
        .hasMessageNotContaining("Passw0rd")
        .hasMessageNotContaining("AAAA");

    properties.put("secret-check.enforce", "false");
    assertThatCode(() -> new SecretCheck(config(properties)).onStart(null))
        .doesNotThrowAnyException();
    properties.put("secret-check.enforce", "true");
    properties.put("db.password", "Zq3v9LmW2pXr-7");
    properties.put("signing.key", STRONG_KEY);
    assertThatCode(() -> new SecretCheck(config(properties)).onStart(null))
        .doesNotThrowAnyException();
  }

  static SmallRyeConfig config(Map<String, String> properties) {
    return new SmallRyeConfigBuilder()
        .addDefaultInterceptors()
        .withSources(new PropertiesConfigSource(Map.copyOf(properties), "test", 100))
        .build();
  }

  Path rsaKeyFile(int bits) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(bits);
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
    return Files.writeString(
        Files.createTempFile(dir, "key", ".pem"),
        "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
  }
}
