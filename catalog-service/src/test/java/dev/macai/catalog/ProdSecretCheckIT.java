package dev.macai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.macai.testkit.postgres.ServicePostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged service in the prod profile, against a real PostgreSQL whose role was created from a
 * copied {@code .env.example} (so the placeholder password works): it must refuse to start, naming
 * {@code DB_PASSWORD} but not its value; with real secrets it starts, and serves its OpenAPI
 * document but not the Swagger UI (off in production). Runs after {@code package} (Failsafe).
 */
class ProdSecretCheckIT {

  static final String PLACEHOLDER = "change-me-catalog-db-password";
  static final String REAL_PASSWORD = "8fd1c0c4e54a9b3d2e7f";
  static final String FERNET_KEY = "8yZyXZRD3Gmloy44n-qhVu487Rv0HYgYC5_cuXonfbc=";

  static EmbeddedPostgres postgres;
  static String superuserUrl;
  static Path publicKey;

  @BeforeAll
  static void database() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    try (Connection admin = postgres.getPostgresDatabase().getConnection();
        Statement sql = admin.createStatement()) {
      sql.execute("CREATE DATABASE " + ServicePostgres.DATABASE);
    }
    superuserUrl = postgres.getJdbcUrl("postgres", ServicePostgres.DATABASE);
    ServicePostgres.provision(superuserUrl, "catalog", "catalog_service", PLACEHOLDER);
    publicKey = Files.createTempFile("jwt-public", ".pem");
    try (InputStream pem =
        ProdSecretCheckIT.class.getClassLoader().getResourceAsStream("jwt/test-public.pem")) {
      Files.write(publicKey, pem.readAllBytes());
    }
  }

  @AfterAll
  static void stop() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  /** The service as production starts it, with only {@code environment} (and PATH). */
  static Process start(String password) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(java, "-jar", "target/quarkus-app/quarkus-run.jar")
            .redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> !name.equals("PATH"));
    builder
        .environment()
        .putAll(
            Map.of(
                "PORT",
                "0",
                "DB_URL",
                superuserUrl.replace("user=postgres", "user=catalog_service"),
                "DB_PASSWORD",
                password,
                "AUTH_JWT_PUBLIC_KEY_LOCATION",
                publicKey.toString(),
                "EQUIPMENT_ENCRYPTION_KEY",
                FERNET_KEY));
    return builder.start();
  }

  /** Everything the process writes, read on another thread so it never blocks. */
  static StringBuffer output(Process service) {
    StringBuffer output = new StringBuffer();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  output.append(line).append('\n');
                }
              } catch (IOException gone) {
                // the process ended
              }
            });
    reader.setDaemon(true);
    reader.start();
    return output;
  }

  static int status(HttpClient http, String url) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void refusesToStartWithAPlaceholderPasswordAndNamesTheVariableOnly() throws Exception {
    Process service = start(PLACEHOLDER);
    StringBuffer output = output(service);
    boolean exited = service.waitFor(90, TimeUnit.SECONDS);
    if (!exited) {
      service.destroyForcibly();
    }

    assertThat(exited).as("the service must stop by itself").isTrue();
    assertThat(service.exitValue()).isNotZero();
    await().atMost(Duration.ofSeconds(5)).until(() -> output.toString().contains("DB_PASSWORD"));
    assertThat(output.toString())
        .contains("DB_PASSWORD holds a placeholder")
        .doesNotContain(PLACEHOLDER);
  }

  @Test
  void startsWithRealSecretsAndServesTheOpenApiDocumentButNoSwaggerUi() throws Exception {
    try (Connection admin = java.sql.DriverManager.getConnection(superuserUrl);
        Statement sql = admin.createStatement()) {
      sql.execute("ALTER ROLE catalog_service PASSWORD '" + REAL_PASSWORD + "'");
    }
    Process service = start(REAL_PASSWORD);
    StringBuffer output = output(service);
    try {
      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> output.toString().contains("Listening on") || !service.isAlive());
      assertThat(service.isAlive()).as("started; its output:\n%s", output).isTrue();
      assertThat(output.toString()).doesNotContain("Refusing to start");
      Matcher listening = Pattern.compile("Listening on: (http://[^\\s\"]+)").matcher(output);
      assertThat(listening.find()).isTrue();
      String base = listening.group(1).replace("0.0.0.0", "127.0.0.1");
      HttpClient http = HttpClient.newHttpClient();
      assertThat(status(http, base + "/q/openapi")).isEqualTo(200);
      assertThat(status(http, base + "/q/swagger-ui/")).isEqualTo(404);
    } finally {
      service.destroy();
      service.waitFor(30, TimeUnit.SECONDS);
      try (Connection admin = java.sql.DriverManager.getConnection(superuserUrl);
          Statement sql = admin.createStatement()) {
        sql.execute("ALTER ROLE catalog_service PASSWORD '" + PLACEHOLDER + "'");
      }
    }
  }
}
