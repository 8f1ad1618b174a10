package dev.macai.image.images.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.macai.image.images.domain.ContentHash;
import dev.macai.image.support.Images;
import dev.macai.image.support.InjectProviderSimulator;
import dev.macai.image.support.PostgresResource;
import dev.macai.image.support.ProviderSimulator;
import dev.macai.image.support.Simulated;
import dev.macai.image.support.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class GenerateTest {

  @InjectProviderSimulator WireMockServer simulator;

  @Nested
  class Success {

    @Test
    void storesTheImageWithItsPromptsAndAnswersWithASignedUrl() {
      UUID user = UUID.randomUUID();
      Map<String, Object> body = new HashMap<>();
      body.put("prompt", "A quiet city at dusk 0001");
      body.put("user_prompt", "city dusk");
      body.put("size", "1792x1024");
      body.put("quality", "hd");
      body.put("title", "Dusk");
      body.put("tags", List.of("cover", "night"));
      body.put("artistic_style", "watercolor");
      body.put("composition", "album-cover");
      body.put("lighting", "golden-hour");
      body.put("color_palette", "warm");
      body.put("detail_level", "high");

      ExtractableResponse<Response> created =
          Users.as(user)
              .body(body)
              .post(Images.GENERATE)
              .then()
              .statusCode(201)
              .header("Location", containsString("/api/v1/image/"))
              .body("title", equalTo("Dusk"))
              .body("user_prompt", equalTo("city dusk"))
              .body("prompt", equalTo("A quiet city at dusk 0001"))
              .body("enhanced_prompt", startsWith("A quiet city at dusk 0001. Style: "))
              .body("enhanced_prompt", containsString("watercolor"))
              .body("enhanced_prompt", containsString("album cover"))
              .body("revised_prompt", startsWith("A dusk sky over a quiet city"))
              .body("model", equalTo("dall-e-3"))
              .body("size", equalTo("1792x1024"))
              .body("quality", equalTo("hd"))
              .body("tags", equalTo(List.of("cover", "night")))
              .body("starred", equalTo(false))
              .body("storage_backend", equalTo("filesystem"))
              .body("content_sha256", equalTo(Simulated.PNG_SHA256))
              .body("bytes", equalTo(Simulated.PNG_BYTES))
              // Measured from the PNG, not copied from the requested size.
              .body("width", equalTo(1024))
              .body("height", equalTo(1024))
              .body("text_overlay_metadata", nullValue())
              .body("has_overlay", equalTo(false))
              .extract();

      String enhanced = created.path("enhanced_prompt");
      simulator.verify(
          postRequestedFor(urlEqualTo("/v1/images/generations"))
              .withHeader("Authorization", WireMock.equalTo("Bearer sk-test"))
              .withRequestBody(matchingJsonPath("$.model", WireMock.equalTo("dall-e-3")))
              .withRequestBody(matchingJsonPath("$.prompt", WireMock.equalTo(enhanced)))
              .withRequestBody(matchingJsonPath("$.size", WireMock.equalTo("1792x1024")))
              .withRequestBody(matchingJsonPath("$.quality", WireMock.equalTo("hd")))
              .withRequestBody(
                  matchingJsonPath("$.response_format", WireMock.equalTo("b64_json"))));

      String url = created.path("url");
      byte[] served =
          RestAssured.given()
              .urlEncodingEnabled(false)
              .get(url)
              .then()
              .statusCode(200)
              .contentType("image/png")
              .extract()
              .asByteArray();
      assertThat(ContentHash.sha256(served)).isEqualTo(Simulated.PNG_SHA256);
    }

    @Test
    void defaultsToASquareStandardImageWithoutStyle() {
      Users.as(UUID.randomUUID())
          .body(Map.of("prompt", "  a red bicycle 0001  "))
          .post(Images.GENERATE)
          .then()
          .statusCode(201)
          .body("prompt", equalTo("a red bicycle 0001"))
          .body("enhanced_prompt", equalTo("a red bicycle 0001"))
          .body("size", equalTo("1024x1024"))
          .body("quality", equalTo("standard"))
          .body("tags", hasSize(0))
          .body("url", containsString("/api/v1/image/files/"));
    }

    @Test
    void followsAnImageUrlWhenOpenAiAnswersWithOne() {
      Users.as(UUID.randomUUID())
          .body(Map.of("prompt", "a lighthouse image-url"))
          .post(Images.GENERATE)
          .then()
          .statusCode(201)
          .body("content_sha256", equalTo(Simulated.PNG_SHA256))
          .body("revised_prompt", equalTo("A dusk sky, delivered as a URL."));
    }
  }

  @Nested
  class ProviderFailures {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "0002               | 502 | OpenAI rejected the API key (OPENAI_API_KEY).",
          "fault-500          | 502 | OpenAI answered 500: The server had an error processing",
          "fault-policy       | 502 | OpenAI answered 400: Your request was rejected as a result",
          "fault-garbage      | 502 | OpenAI answered with malformed JSON.",
          "fault-not-an-image | 502 | OpenAI answered with something that is not a PNG image.",
          "fault-429          | 503 | OpenAI is busy: Rate limit reached for dall-e-3",
          "fault-slow         | 504 | OpenAI did not answer within 1500 ms."
        })
    void answersWithTheProviderMessageAndStoresNothing(String trigger, int status, String detail) {
      UUID user = UUID.randomUUID();
      Users.as(user)
          .body(Map.of("prompt", "a harbour " + trigger))
          .post(Images.GENERATE)
          .then()
          .statusCode(status)
          .contentType("application/problem+json")
          .body("status", equalTo(status))
          .body("detail", startsWith(detail))
          .body("detail", org.hamcrest.Matchers.not(containsString("sk-test")));
      Users.as(user).get("/api/v1/image/list").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void passesOnRetryAfterWhenRateLimited() {
      Users.as(UUID.randomUUID())
          .body(Map.of("prompt", "fault-429"))
          .post(Images.GENERATE)
          .then()
          .statusCode(503)
          .header("Retry-After", "1");
    }
  }

  @Nested
  class Refusals {

    @Test
    void listsEveryInvalidField() {
      Map<String, Object> body = new HashMap<>();
      body.put("prompt", " ");
      body.put("size", "512x512");
      body.put("quality", "ultra");
      body.put("title", "t".repeat(201));
      body.put("user_prompt", "u".repeat(4001));
      body.put("tags", List.of("ok", ""));
      body.put("artistic_style", "cubism");
      body.put("composition", "square");
      body.put("lighting", "disco");
      body.put("color_palette", "rainbow");
      body.put("detail_level", "extreme");
      Users.as(UUID.randomUUID())
          .body(body)
          .post(Images.GENERATE)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body(
              "errors.field",
              equalTo(
                  List.of(
                      "artistic_style",
                      "color_palette",
                      "composition",
                      "detail_level",
                      "lighting",
                      "prompt",
                      "quality",
                      "size",
                      "tags[1]",
                      "title",
                      "user_prompt")));
    }

    @Test
    void refusesAPromptLongerThanDallEAccepts() {
      Users.as(UUID.randomUUID())
          .body(Map.of("prompt", "p".repeat(4001)))
          .post(Images.GENERATE)
          .then()
          .statusCode(400)
          .body("errors.field", equalTo(List.of("prompt")));
    }

    @Test
    void needsAToken() {
      Users.anonymous()
          .body(Map.of("prompt", "0001"))
          .post(Images.GENERATE)
          .then()
          .statusCode(401)
          .contentType("application/problem+json");
    }

    @Test
    void refusesAnExpiredToken() {
      RestAssured.given()
          .auth()
          .oauth2(dev.macai.image.support.TestTokens.expired(UUID.randomUUID()))
          .contentType("application/json")
          .body(Map.of("prompt", "0001"))
          .post(Images.GENERATE)
          .then()
          .statusCode(401);
    }
  }

  @Test
  void locationNamesTheNewImage() {
    UUID user = UUID.randomUUID();
    String location =
        Users.as(user)
            .body(Map.of("prompt", "a kite 0001"))
            .post(Images.GENERATE)
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    Users.as(user).get(location).then().statusCode(200).body("prompt", equalTo("a kite 0001"));
  }
}
