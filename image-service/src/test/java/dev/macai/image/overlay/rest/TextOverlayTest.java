package dev.macai.image.overlay.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.macai.image.images.domain.ContentHash;
import dev.macai.image.support.Images;
import dev.macai.image.support.PostgresResource;
import dev.macai.image.support.ProviderSimulator;
import dev.macai.image.support.Simulated;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class TextOverlayTest {

  static final String OVERLAY = "/api/v1/image/add-text-overlay";

  @Test
  void rendersIntoANewImageAndLeavesTheOriginal() throws Exception {
    UUID user = UUID.randomUUID();
    UUID source =
        Images.generate(
            user,
            Map.of(
                "prompt",
                "dusk 0001",
                "title",
                "Dusk",
                "composition",
                "album-cover",
                "tags",
                List.of("cover")));
    Map<String, Object> body = new HashMap<>();
    body.put("image_id", source);
    body.put("title", "Night Drive");
    body.put("artist", "Ada");
    body.put("font_style", "bold");
    body.put("artist_font_style", "light");
    body.put("title_position", "bottom-center");
    body.put("artist_position", Map.of("x", 0.5, "y", 0.95));
    body.put("title_font_size", 120);
    body.put("artist_font_size", 48);
    body.put("title_color", "#ffffff");
    body.put("outline_color", "#000000");

    String url =
        Users.as(user)
            .body(body)
            .post(OVERLAY)
            .then()
            .statusCode(201)
            .body("id", not(equalTo(source.toString())))
            .body("source_image_id", equalTo(source.toString()))
            .body("title", equalTo("Night Drive"))
            .body("composition", equalTo("album-cover"))
            .body("tags", contains("cover"))
            .body("has_overlay", equalTo(true))
            .body("content_sha256", not(equalTo(Simulated.PNG_SHA256)))
            .body("width", equalTo(1024))
            .body("text_overlay_metadata.title", equalTo("Night Drive"))
            .body("text_overlay_metadata.artist", equalTo("Ada"))
            .body("text_overlay_metadata.title_position", equalTo("bottom-center"))
            .body("text_overlay_metadata.artist_position.x", equalTo(0.5f))
            .body("text_overlay_metadata.title_color", equalTo("#FFFFFF"))
            .body("text_overlay_metadata.artist_color", equalTo("#FFFFFF"))
            .body("text_overlay_metadata.outline_width", equalTo(3))
            .body("text_overlay_metadata.source_image_id", equalTo(source.toString()))
            .extract()
            .path("url");

    byte[] png =
        RestAssured.given()
            .urlEncodingEnabled(false)
            .get(url)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    BufferedImage rendered = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(rendered.getWidth()).isEqualTo(1024);
    // The original is untouched: same row, same bytes.
    Users.as(user)
        .get("/api/v1/image/{id}", source)
        .then()
        .body("content_sha256", equalTo(Simulated.PNG_SHA256))
        .body("has_overlay", equalTo(false));
    byte[] original =
        Users.as(user).get("/api/v1/image/{id}/download", source).then().extract().asByteArray();
    assertThat(ContentHash.sha256(original)).isEqualTo(Simulated.PNG_SHA256);
    // Images with an overlay drop out of the overlay picker; the gallery filter finds them.
    Users.as(user)
        .get("/api/v1/image/list-for-text-overlay")
        .then()
        .body("items.id", contains(source.toString()));
    Users.as(user)
        .queryParam("has_overlay", "true")
        .get("/api/v1/image/list")
        .then()
        .body("items[0].source_image_id", equalTo(source.toString()));
  }

  /** GPT Image answers WebP with a transparent background when asked; the overlay keeps both. */
  @Test
  void rendersOnATransparentWebpAndKeepsItsTransparency() throws Exception {
    UUID user = UUID.randomUUID();
    UUID source =
        Images.generate(
            user,
            Map.of(
                "prompt", "dusk 0001",
                "size", "1024x1536",
                "output_format", "webp",
                "background", "transparent"));
    String url =
        Users.as(user)
            .body(Map.of("image_id", source, "title", "Night Drive"))
            .post(OVERLAY)
            .then()
            .statusCode(201)
            .body("output_format", equalTo("png"))
            .body("width", equalTo(1024))
            .body("height", equalTo(1536))
            .extract()
            .path("url");
    byte[] png =
        RestAssured.given()
            .urlEncodingEnabled(false)
            .get(url)
            .then()
            .statusCode(200)
            .contentType("image/png")
            .extract()
            .asByteArray();
    BufferedImage rendered = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(rendered.getColorModel().hasAlpha()).isTrue();
    // The simulator's gradient is fully transparent at the top, where no text is drawn.
    assertThat(rendered.getRGB(512, 0) >>> 24).isZero();
  }

  @Test
  void appliesDefaultsToAMinimalRequest() {
    UUID user = UUID.randomUUID();
    UUID source = Images.generate(user, "plain");
    Users.as(user)
        .body(Map.of("image_id", source, "title", "Solo"))
        .post(OVERLAY)
        .then()
        .statusCode(201)
        .body("text_overlay_metadata.font_style", equalTo("bold"))
        .body("text_overlay_metadata.title_position", equalTo("bottom-center"))
        .body("text_overlay_metadata.title_font_size", equalTo(96))
        .body("text_overlay_metadata.artist", equalTo(null))
        .body("url", notNullValue());
  }

  @Test
  void listsEveryInvalidField() {
    Map<String, Object> body = new HashMap<>();
    body.put("title", " ");
    body.put("artist", "a".repeat(101));
    body.put("font_style", "heavy");
    body.put("artist_font_style", "thin");
    body.put("title_position", Map.of("x", 1.5, "y", -0.1));
    body.put("title_font_size", 19);
    body.put("artist_font_size", 201);
    body.put("title_color", "white");
    body.put("artist_color", "#12345");
    body.put("outline_color", "#GGGGGG");
    body.put("outline_width", 21);
    Users.as(UUID.randomUUID())
        .body(body)
        .post(OVERLAY)
        .then()
        .statusCode(400)
        .body(
            "errors.field",
            contains(
                "artist",
                "artist_color",
                "artist_font_size",
                "artist_font_style",
                "font_style",
                "image_id",
                "outline_color",
                "outline_width",
                "title",
                "title_color",
                "title_font_size",
                "x",
                "y"));
  }

  @Test
  void refusesAnUnknownGridName() {
    Users.as(UUID.randomUUID())
        .body(Map.of("image_id", UUID.randomUUID(), "title", "x", "title_position", "middle"))
        .post(OVERLAY)
        .then()
        .statusCode(400)
        .body("errors.field", contains("title_position"));
  }

  @Test
  void anotherUsersImageIsNotFound() {
    UUID ada = UUID.randomUUID();
    UUID source = Images.generate(ada, "ada's");
    Users.as(UUID.randomUUID())
        .body(Map.of("image_id", source, "title", "Mine"))
        .post(OVERLAY)
        .then()
        .statusCode(404);
    Users.as(ada).get("/api/v1/image/list").then().body("total", equalTo(1));
  }

  @Test
  void needsAToken() {
    Users.anonymous()
        .body(Map.of("image_id", UUID.randomUUID(), "title", "x"))
        .post(OVERLAY)
        .then()
        .statusCode(401);
  }
}
