package dev.macai.image;

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
                    "change-me-image-db-password",
                    "IMAGE_URL_SECRET",
                    "change-me-generate-a-key")))
        .containsExactly("DB_PASSWORD", "IMAGE_URL_SECRET");
  }

  @Test
  void realSecretsPass() throws Exception {
    assertThat(
            refused(
                Map.of(
                    "DB_PASSWORD",
                    "Zq3v9LmW2pXr-7aa",
                    "IMAGE_URL_SECRET",
                    "8yZyXZRD3Gmloy44n-qhVu487Rv0HYgYC5_cuXonfbc=")))
        .isEmpty();
  }

  @Test
  void theS3KeysAreCheckedOnlyWithABucket() throws Exception {
    assertThat(
            refused(
                Map.of(
                    "DB_PASSWORD",
                    "Zq3v9LmW2pXr-7aa",
                    "IMAGE_URL_SECRET",
                    "8yZyXZRD3Gmloy44n-qhVu487Rv0HYgYC5_cuXonfbc=")))
        .isEmpty();
    assertThat(
            refused(
                Map.of(
                    "DB_PASSWORD", "Zq3v9LmW2pXr-7aa",
                    "IMAGE_URL_SECRET", "8yZyXZRD3Gmloy44n-qhVu487Rv0HYgYC5_cuXonfbc=",
                    "S3_BUCKET", "mac-ai",
                    "S3_ACCESS_KEY", "minioadmin",
                    "S3_SECRET_KEY", "minioadmin")))
        .containsExactly("S3_ACCESS_KEY", "S3_SECRET_KEY");
  }
}
