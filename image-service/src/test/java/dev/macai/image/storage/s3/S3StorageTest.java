package dev.macai.image.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.macai.image.images.domain.ContentHash;
import dev.macai.image.storage.domain.UrlSignature;
import dev.macai.image.support.Images;
import dev.macai.image.support.PostgresResource;
import dev.macai.image.support.ProviderSimulator;
import dev.macai.image.support.S3ProxyServer;
import dev.macai.image.support.Simulated;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * With S3_BUCKET set, against a real S3 API (S3Proxy): new images, the URLs this service serves
 * them under (the default, S3_PRESIGNED_URLS=false), migration.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
@WithTestResource(S3ProxyServer.class)
class S3StorageTest {

  static final String FILES = "/api/v1/image/files/";
  static final String SERVED = FILES + "s3/";

  /** %test.image.storage.url-secret in application.properties. */
  static final UrlSignature TEST_SIGNATURE =
      new UrlSignature("test-url-secret-0123".getBytes(StandardCharsets.UTF_8));

  @Test
  void newImagesGoToS3AndLoadThroughTheServiceWithoutAToken() {
    UUID user = UUID.randomUUID();
    String url =
        Users.as(user)
            .body(Map.of("prompt", "s3 0001"))
            .post(Images.GENERATE)
            .then()
            .statusCode(201)
            .body("storage_backend", equalTo("s3"))
            .body("url", startsWith(SERVED + user + "/"))
            .extract()
            .path("url");
    byte[] png =
        RestAssured.given()
            .urlEncodingEnabled(false)
            .get(url)
            .then()
            .statusCode(200)
            .contentType("image/png")
            .header("Cache-Control", "private, max-age=3600")
            .header("X-Content-Type-Options", "nosniff")
            .extract()
            .asByteArray();
    assertThat(ContentHash.sha256(png)).isEqualTo(Simulated.PNG_SHA256);
  }

  @Test
  void aTamperedServedUrlIsRefused() {
    UUID user = UUID.randomUUID();
    UUID id = Images.generate(user, "tampered");
    String url = Users.as(user).get("/api/v1/image/{id}", id).then().extract().path("url");
    String sig = url.replaceAll(".*&sig=", "");
    String other = sig.charAt(0) == 'A' ? "B" : "A";
    RestAssured.given()
        .urlEncodingEnabled(false)
        .get(url.replace("&sig=" + sig, "&sig=" + other + sig.substring(1)))
        .then()
        .statusCode(403)
        .body("detail", equalTo("This link is not valid."));
  }

  @Test
  void anExpiredServedUrlIsRefused() {
    UUID user = UUID.randomUUID();
    UUID id = Images.generate(user, "expired");
    String url = Users.as(user).get("/api/v1/image/{id}", id).then().extract().path("url");
    String pathKey = url.substring(FILES.length(), url.indexOf('?'));
    assertThat(pathKey).startsWith("s3/");
    long past = Instant.now().minusSeconds(5).getEpochSecond();
    RestAssured.given()
        .urlEncodingEnabled(false)
        .get(FILES + pathKey + "?exp=" + past + "&sig=" + TEST_SIGNATURE.sign(pathKey, past))
        .then()
        .statusCode(403)
        .body("detail", equalTo("This link has expired; reload the page."));
  }

  @Test
  void anS3UrlCannotBeReplayedAsAFileUrl() throws Exception {
    UUID user = UUID.randomUUID();
    UUID id = Images.generate(user, "replayed");
    // Put the same bytes on the filesystem under the object's key, so only the signature decides.
    Path file = Path.of("target/test-images", user + "/" + id + ".png");
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[] {1, 2, 3});
    String url = Users.as(user).get("/api/v1/image/{id}", id).then().extract().path("url");
    assertThat(url).startsWith(SERVED);
    RestAssured.given()
        .urlEncodingEnabled(false)
        .get(url.replace(SERVED, FILES))
        .then()
        .statusCode(403);
  }

  @Test
  void deletingAnImageRemovesItsObject() {
    UUID user = UUID.randomUUID();
    UUID id = Images.generate(user, "gone");
    String url = Users.as(user).get("/api/v1/image/{id}", id).then().extract().path("url");
    RestAssured.given().urlEncodingEnabled(false).get(url).then().statusCode(200);
    Users.as(user).delete("/api/v1/image/{id}", id).then().statusCode(204);
    RestAssured.given().urlEncodingEnabled(false).get(url).then().statusCode(404);
  }

  @Test
  void overlaysReadAndWriteThroughS3() {
    UUID user = UUID.randomUUID();
    UUID id = Images.generate(user, "cover");
    Users.as(user)
        .body(Map.of("image_id", id, "title", "On S3"))
        .post("/api/v1/image/add-text-overlay")
        .then()
        .statusCode(201)
        .body("storage_backend", equalTo("s3"));
  }

  @Test
  void migrationCopiesFilesystemImagesVerifiedAndIsIdempotent() throws Exception {
    UUID user = UUID.randomUUID();
    byte[] png = Files.readAllBytes(Path.of("src/test/resources/golden/bold-stacked.png"));
    UUID good = filesystemImage(user, png, ContentHash.sha256(png), true);
    UUID lost = filesystemImage(user, png, ContentHash.sha256(png), false);
    UUID corrupt = filesystemImage(user, png, "0".repeat(64), true);

    Users.asAdmin(UUID.randomUUID())
        .post("/api/v1/image/admin/migrate-to-s3")
        .then()
        .statusCode(200)
        .body("migrated", equalTo(1))
        .body("missing", equalTo(1))
        .body("corrupt", equalTo(1))
        .body("remaining", equalTo(2));
    String url =
        Users.as(user)
            .get("/api/v1/image/{id}", good)
            .then()
            .body("storage_backend", equalTo("s3"))
            .body("url", startsWith(SERVED + user + "/"))
            .extract()
            .path("url");
    byte[] served =
        RestAssured.given()
            .urlEncodingEnabled(false)
            .get(url)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(ContentHash.sha256(served)).isEqualTo(ContentHash.sha256(png));
    Users.as(user)
        .get("/api/v1/image/{id}", lost)
        .then()
        .body("storage_backend", equalTo("filesystem"));
    Users.as(user)
        .get("/api/v1/image/{id}", corrupt)
        .then()
        .body("storage_backend", equalTo("filesystem"));
    // The file is kept after the copy.
    assertThat(Files.exists(Path.of("target/test-images", user + "/" + good + ".png"))).isTrue();

    // A second run finds nothing new to copy.
    Users.asAdmin(UUID.randomUUID())
        .post("/api/v1/image/admin/migrate-to-s3")
        .then()
        .statusCode(200)
        .body("migrated", equalTo(0))
        .body("remaining", equalTo(2));
  }

  @Test
  void migrationIsForAdminsOnly() {
    Users.as(UUID.randomUUID()).post("/api/v1/image/admin/migrate-to-s3").then().statusCode(403);
    Users.anonymous().post("/api/v1/image/admin/migrate-to-s3").then().statusCode(401);
  }

  /** A row of the seed's phase 1: the file under IMAGE_STORAGE_DIR, the row pointing at it. */
  private static UUID filesystemImage(UUID user, byte[] png, String sha256, boolean writeFile)
      throws IOException, SQLException {
    UUID id = UUID.randomUUID();
    String key = user + "/" + id + ".png";
    if (writeFile) {
      Path file = Path.of("target/test-images", key);
      Files.createDirectories(file.getParent());
      Files.write(file, png);
    }
    String url = ConfigProvider.getConfig().getValue(PostgresResource.SUPERUSER_URL, String.class);
    try (Connection connection = DriverManager.getConnection(url);
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO image.generated_images (id, user_id, prompt, enhanced_prompt, model,"
                    + " size, quality, storage_backend, file_path, content_sha256, content_type,"
                    + " width, height, bytes, created_at, updated_at) VALUES (?, ?, 'old', 'old',"
                    + " 'dall-e-3', '1024x1024', 'standard', 'filesystem', ?, ?, 'image/png', 384,"
                    + " 384, ?, ?, ?)")) {
      Timestamp now = Timestamp.from(Instant.now());
      insert.setObject(1, id);
      insert.setObject(2, user);
      insert.setString(3, key);
      insert.setString(4, sha256);
      insert.setLong(5, png.length);
      insert.setTimestamp(6, now);
      insert.setTimestamp(7, now);
      insert.executeUpdate();
    }
    return id;
  }
}
