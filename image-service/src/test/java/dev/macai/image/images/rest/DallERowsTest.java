package dev.macai.image.images.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.macai.image.support.PostgresResource;
import dev.macai.image.support.ProviderSimulator;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Images made before DALL-E's shutdown stay in the gallery as they were; nothing migrates them. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class DallERowsTest {

  @Test
  void aDallE3RowKeepsItsModelSizeAndQuality() throws Exception {
    UUID user = UUID.randomUUID();
    UUID id = insertDallE3Row(user);
    Users.as(user)
        .get("/api/v1/image/{id}", id)
        .then()
        .statusCode(200)
        .body("model", equalTo("dall-e-3"))
        .body("size", equalTo("1792x1024"))
        .body("quality", equalTo("hd"))
        .body("output_format", nullValue())
        .body("input_tokens", nullValue());
    Users.as(user)
        .queryParam("q", "old harbour")
        .get("/api/v1/image/list")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].model", equalTo("dall-e-3"));
  }

  private static UUID insertDallE3Row(UUID user) throws Exception {
    UUID id = UUID.randomUUID();
    String url = ConfigProvider.getConfig().getValue(PostgresResource.SUPERUSER_URL, String.class);
    try (Connection connection = DriverManager.getConnection(url);
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO image.generated_images (id, user_id, prompt, enhanced_prompt,"
                    + " revised_prompt, model, size, quality, storage_backend, file_path,"
                    + " content_sha256, content_type, width, height, bytes, created_at,"
                    + " updated_at) VALUES (?, ?, 'an old harbour', 'an old harbour', 'revised',"
                    + " 'dall-e-3', '1792x1024', 'hd', 'filesystem', ?, ?, 'image/png', 1792,"
                    + " 1024, 100, ?, ?)")) {
      Timestamp now = Timestamp.from(Instant.now());
      insert.setObject(1, id);
      insert.setObject(2, user);
      insert.setString(3, user + "/" + id + ".png");
      insert.setString(4, "0".repeat(64));
      insert.setTimestamp(5, now);
      insert.setTimestamp(6, now);
      insert.executeUpdate();
    }
    return id;
  }
}
