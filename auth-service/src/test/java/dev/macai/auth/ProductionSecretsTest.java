package dev.macai.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.platform.config.SecretCheck;
import dev.macai.testkit.config.ProductionConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What this service's {@code prod} profile does with a copied {@code deploy/.env.example}: its
 * secrets are listed for the kit's {@code SecretCheck}, which refuses the placeholders by name.
 */
class ProductionSecretsTest {

  @TempDir Path dir;

  Path rsaKey(int bits) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(bits);
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
    return Files.writeString(
        Files.createTempFile(dir, "jwt", ".pem"),
        "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
  }

  static List<String> refused(Map<String, String> environment) {
    return SecretCheck.problems(ProductionConfig.of(environment)).stream()
        .map(problem -> problem.substring(0, problem.indexOf(' ')))
        .toList();
  }

  @Test
  void thePlaceholdersOfTheExampleEnvironmentAreRefusedByName() throws Exception {
    assertThat(
            refused(
                Map.of(
                    "DB_PASSWORD",
                    "change-me-auth-db-password",
                    "AUTH_JWT_PRIVATE_KEY_LOCATION",
                    rsaKey(1024).toString(),
                    "AUTH_SETUP_TOKEN",
                    "admin")))
        .containsExactly("AUTH_JWT_PRIVATE_KEY_LOCATION", "AUTH_SETUP_TOKEN", "DB_PASSWORD");
  }

  @Test
  void realSecretsPass() throws Exception {
    assertThat(
            refused(
                Map.of(
                    "DB_PASSWORD",
                    "Zq3v9LmW2pXr-7aa",
                    "AUTH_JWT_PRIVATE_KEY_LOCATION",
                    rsaKey(2048).toString())))
        .isEmpty();
  }

  @Test
  void theCommittedTestKeyAndAMissingKeyFileAreRefused() throws Exception {
    assertThat(
            refused(
                Map.of(
                    "DB_PASSWORD", "Zq3v9LmW2pXr-7aa",
                    "AUTH_JWT_PRIVATE_KEY_LOCATION", "classpath:jwt/test-private.pem")))
        .containsExactly("AUTH_JWT_PRIVATE_KEY_LOCATION");
    assertThat(refused(Map.of("DB_PASSWORD", "Zq3v9LmW2pXr-7aa")))
        .containsExactly("AUTH_JWT_PRIVATE_KEY_LOCATION");
  }
}
