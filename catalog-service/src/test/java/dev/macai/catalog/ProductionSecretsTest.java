package dev.macai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.platform.config.SecretCheck;
import dev.macai.testkit.config.ProductionConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What this service's {@code prod} profile does with a copied {@code deploy/.env.example}: its
 * secrets are listed for the kit's {@code SecretCheck}, which refuses the placeholders by name.
 */
class ProductionSecretsTest {

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
                    "change-me-catalog-db-password",
                    "EQUIPMENT_ENCRYPTION_KEY",
                    "change-me-generate-a-key")))
        .containsExactly("DB_PASSWORD", "EQUIPMENT_ENCRYPTION_KEY");
  }

  @Test
  void realSecretsPass() throws Exception {
    assertThat(
            refused(
                Map.of(
                    "DB_PASSWORD",
                    "Zq3v9LmW2pXr-7aa",
                    "EQUIPMENT_ENCRYPTION_KEY",
                    "8yZyXZRD3Gmloy44n-qhVu487Rv0HYgYC5_cuXonfbc=")))
        .isEmpty();
  }

  @Test
  void theAllZeroKeyOfTheLocalClusterIsRefused() throws Exception {
    assertThat(
            refused(
                Map.of(
                    "DB_PASSWORD",
                    "local-catalog-password",
                    "EQUIPMENT_ENCRYPTION_KEY",
                    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")))
        .containsExactly("EQUIPMENT_ENCRYPTION_KEY");
  }
}
