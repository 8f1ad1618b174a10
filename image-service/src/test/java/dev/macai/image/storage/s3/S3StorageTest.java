package dev.macai.image.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.macai.image.images.domain.ContentHash;
import dev.macai.image.support.Images;
import dev.macai.image.support.PostgresResource;
import dev.macai.image.support.ProviderSimulator;
import dev.macai.image.support.S3ProxyServer;
import dev.macai.image.support.Simulated;
import dev.macai.image.support.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/** With S3_BUCKET set, against a real S3 API (S3Proxy): new images, signed URLs, migration. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
@WithTestResource(S3ProxyServer.class)
class S3StorageTest {

  static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void newImagesGoToS3WithPreSignedUrls() throws Exception {
    UUID user = UUID.randomUUID();
    String url =
        Users.as(user)
            .body(Map.of("prompt", "s3 0001"))
            .post(Images.GENERATE)
            .then()
            .statusCode(201)
            .body("storage_backend", equalTo("s3"))
            .body("url", containsString("/" + S3ProxyServer.BUCKET + "/" + user + "/"))
            .body("url", containsString("X-Amz-Signature="))
            .extract()
            .path("url");
    HttpResponse<byte[]> object = get(url);
    assertThat(object.statusCode()).isEqualTo(200);
    assertThat(ContentHash.sha256(object.body())).isEqualTo(Simulated.PNG_SHA256);

    // A tampered pre-signed URL is refused by the S3 server itself.
    assertThat(get(url.replace("X-Amz-Signature=", "X-Amz-Signature=0")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void deletingAnImageRemovesItsObject() throws Exception {
    UUID user = UUID.randomUUID();
    UUID id = Images.generate(user, "gone");
    String url = Users.as(user).get("/api/v1/image/{id}", id).then().extract().path("url");
    Users.as(user).delete("/api/v1/image/{id}", id).then().statusCode(204);
    assertThat(get(url).statusCode()).isEqualTo(404);
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
            .body("url", startsWith("http://127.0.0.1:"))
            .extract()
            .path("url");
    assertThat(ContentHash.sha256(get(url).body())).isEqualTo(ContentHash.sha256(png));
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

  private static HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
