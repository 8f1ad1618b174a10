package dev.macai.image.images.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
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
import dev.macai.image.support.PostgresResource;
import dev.macai.image.support.ProviderSimulator;
import dev.macai.image.support.Simulated;
import dev.macai.testkit.simulator.InjectSimulator;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class GenerateTest {

  @InjectSimulator WireMockServer simulator;

  @BeforeEach
  void forgetEarlierRequests() {
    simulator.resetRequests();
  }

  @Nested
  class Success {

    @Test
    void storesTheImageInTheFormatAskedForWithItsUsageAndAnswersWithASignedUrl() {
      UUID user = UUID.randomUUID();
      Map<String, Object> body = new HashMap<>();
      body.put("prompt", "A quiet city at dusk 0001");
      body.put("user_prompt", "city dusk");
      body.put("model", "gpt-image-2.5-flare");
      body.put("size", "1536x1024");
      body.put("quality", "xhigh");
      body.put("output_format", "webp");
      body.put("output_compression", 80);
      body.put("background", "transparent");
      body.put("moderation", "low");
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
              .body("revised_prompt", nullValue())
              .body("model", equalTo("gpt-image-2.5-flare"))
              .body("size", equalTo("1536x1024"))
              .body("quality", equalTo("xhigh"))
              .body("output_format", equalTo("webp"))
              .body("output_compression", equalTo(80))
              .body("background", equalTo("transparent"))
              .body("moderation", equalTo("low"))
              .body("input_tokens", equalTo(52))
              .body("output_tokens", equalTo(6240))
              .body("total_tokens", equalTo(6292))
              .body("tags", equalTo(List.of("cover", "night")))
              .body("starred", equalTo(false))
              .body("storage_backend", equalTo("filesystem"))
              // Measured from the WebP, not copied from the requested size.
              .body("width", equalTo(1536))
              .body("height", equalTo(1024))
              .body("text_overlay_metadata", nullValue())
              .body("has_overlay", equalTo(false))
              .extract();

      String enhanced = created.path("enhanced_prompt");
      simulator.verify(
          postRequestedFor(urlEqualTo("/v1/images/generations"))
              .withHeader("Authorization", WireMock.equalTo("Bearer sk-test"))
              .withRequestBody(matchingJsonPath("$.model", WireMock.equalTo("gpt-image-2.5-flare")))
              .withRequestBody(matchingJsonPath("$.prompt", WireMock.equalTo(enhanced)))
              .withRequestBody(matchingJsonPath("$.n", WireMock.equalTo("1")))
              .withRequestBody(matchingJsonPath("$.size", WireMock.equalTo("1536x1024")))
              .withRequestBody(matchingJsonPath("$.quality", WireMock.equalTo("xhigh")))
              .withRequestBody(matchingJsonPath("$.output_format", WireMock.equalTo("webp")))
              .withRequestBody(matchingJsonPath("$.output_compression", WireMock.equalTo("80")))
              .withRequestBody(matchingJsonPath("$.background", WireMock.equalTo("transparent")))
              .withRequestBody(matchingJsonPath("$.moderation", WireMock.equalTo("low")))
              .withRequestBody(notMatching("[\\s\\S]*(response_format|\"style\")[\\s\\S]*")));

      byte[] served =
          RestAssured.given()
              .urlEncodingEnabled(false)
              .get(created.<String>path("url"))
              .then()
              .statusCode(200)
              .contentType("image/webp")
              .extract()
              .asByteArray();
      assertThat(ContentHash.sha256(served)).isEqualTo(created.<String>path("content_sha256"));
      assertThat(new String(served, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WEBP");
    }

    @Test
    void defaultsToTheConfiguredModelAndASquarePngOfAutoQuality() {
      Users.as(UUID.randomUUID())
          .body(Map.of("prompt", "  a red bicycle 0001  "))
          .post(Images.GENERATE)
          .then()
          .statusCode(201)
          .body("prompt", equalTo("a red bicycle 0001"))
          .body("enhanced_prompt", equalTo("a red bicycle 0001"))
          .body("model", equalTo(Simulated.DEFAULT_MODEL))
          .body("size", equalTo("1024x1024"))
          // Asked "auto"; OpenAI says which quality it used.
          .body("quality", equalTo("medium"))
          .body("output_format", equalTo("png"))
          .body("background", equalTo("opaque"))
          .body("output_tokens", equalTo(1056))
          .body("content_sha256", equalTo(Simulated.PNG_SHA256))
          .body("bytes", equalTo(Simulated.PNG_BYTES))
          .body("tags", hasSize(0))
          .body("url", containsString("/api/v1/image/files/"));
      simulator.verify(
          postRequestedFor(urlEqualTo("/v1/images/generations"))
              .withRequestBody(
                  matchingJsonPath("$.model", WireMock.equalTo(Simulated.DEFAULT_MODEL)))
              .withRequestBody(matchingJsonPath("$.quality", WireMock.equalTo("auto")))
              .withRequestBody(matchingJsonPath("$.output_format", WireMock.equalTo("png")))
              .withRequestBody(
                  notMatching("[\\s\\S]*(background|moderation|output_compression)[\\s\\S]*")));
    }

    /** Every format, size and background the generator page can send, with the default model. */
    @ParameterizedTest(name = "{0} {1} background {2}")
    @MethodSource("dev.macai.image.images.rest.GenerateTest#formatsSizesAndBackgrounds")
    void answersEachFormatSizeAndBackgroundWithARealImageOfIt(
        String format, String size, String background, int width, int height) {
      Map<String, Object> body = new HashMap<>();
      body.put("prompt", "a lighthouse 0001");
      body.put("output_format", format);
      body.put("size", size);
      body.put("background", background);
      if (!format.equals("png")) {
        body.put("output_compression", 70);
      }
      Users.as(UUID.randomUUID())
          .body(body)
          .post(Images.GENERATE)
          .then()
          .statusCode(201)
          .body("output_format", equalTo(format))
          .body("width", equalTo(width))
          .body("height", equalTo(height))
          .body("size", equalTo(width + "x" + height))
          .body("background", equalTo(background.equals("transparent") ? "transparent" : "opaque"));
    }

    /** Every quality each kind of model takes (xhigh and max only on GPT Image 2.5). */
    @ParameterizedTest(name = "{0} quality {1}")
    @CsvSource({
      "gpt-image-2.6-sunburst, low, 272",
      "gpt-image-2.6-sunburst, medium, 1056",
      "gpt-image-2.6-sunburst, high, 4160",
      "gpt-image-2.6-flare, auto, 1056",
      "gpt-image-2.5-sunburst, xhigh, 4160",
      "gpt-image-2.5-flare, max, 4160",
      "gpt-image-2.5-sunburst-2026-09-08, max, 4160",
      "gpt-image-2, high, 4160",
      "gpt-image-1.5, low, 272",
      "gpt-image-1-mini, medium, 1056"
    })
    void acceptsEveryQualityOfEachModel(String model, String quality, int outputTokens) {
      Users.as(UUID.randomUUID())
          .body(Map.of("prompt", "a kite 0001", "model", model, "quality", quality))
          .post(Images.GENERATE)
          .then()
          .statusCode(201)
          .body("model", equalTo(model))
          .body("output_tokens", equalTo(outputTokens));
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
          "fault-not-an-image | 502 | OpenAI answered with something that is not an image.",
          "fault-429          | 503 | OpenAI is busy: Rate limit reached for",
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
      body.put("model", "DALL E");
      body.put("size", "1792x1024");
      body.put("quality", "hd");
      body.put("output_format", "gif");
      body.put("output_compression", 101);
      body.put("background", "white");
      body.put("moderation", "high");
      body.put("title", "t".repeat(201));
      body.put("user_prompt", "u".repeat(32_001));
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
                      "background",
                      "color_palette",
                      "composition",
                      "detail_level",
                      "lighting",
                      "model",
                      "moderation",
                      "output_compression",
                      "output_format",
                      "prompt",
                      "quality",
                      "size",
                      "tags[1]",
                      "title",
                      "user_prompt")));
      simulator.verify(0, postRequestedFor(urlEqualTo("/v1/images/generations")));
    }

    /** What only the model can judge is refused before the paid call, every field at once. */
    @Test
    void refusesWhatTheModelWouldRefuseBeforeCallingIt() {
      Map<String, Object> body = new HashMap<>();
      body.put("prompt", "a kite 0001");
      body.put("model", "gpt-image-2.6-sunburst");
      body.put("quality", "max");
      body.put("output_format", "jpeg");
      body.put("background", "transparent");
      Users.as(UUID.randomUUID())
          .body(body)
          .post(Images.GENERATE)
          .then()
          .statusCode(400)
          .body("errors.field", equalTo(List.of("quality", "background")))
          .body("errors[0].message", containsString("low|medium|high|auto"))
          .body("errors[1].message", containsString("png or webp"));
      Users.as(UUID.randomUUID())
          .body(Map.of("prompt", "a kite 0001", "output_compression", 50))
          .post(Images.GENERATE)
          .then()
          .statusCode(400)
          .body("errors.field", equalTo(List.of("output_compression")));
      simulator.verify(0, postRequestedFor(urlEqualTo("/v1/images/generations")));
    }

    @ParameterizedTest
    @CsvSource({"dall-e-3", "dall-e-2", "gpt-image-1"})
    void aRetiredModelIsRefusedInOpenAisWordsWithTheReplacement(String model) {
      UUID user = UUID.randomUUID();
      Users.as(user)
          .body(Map.of("prompt", "a kite 0001", "model", model))
          .post(Images.GENERATE)
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("model"))
          .body("errors[0].message", containsString("OpenAI refused " + model))
          .body("errors[0].message", containsString("has been deprecated"))
          .body(
              "errors[0].message", containsString("Use " + Simulated.DEFAULT_MODEL + " instead."));
      Users.as(user).get("/api/v1/image/list").then().body("total", equalTo(0));
    }

    @Test
    void refusesAPromptLongerThanGptImageAccepts() {
      Users.as(UUID.randomUUID())
          .body(Map.of("prompt", "p".repeat(32_001)))
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
          .oauth2(dev.macai.testkit.tokens.TestTokens.expired(UUID.randomUUID()))
          .contentType("application/json")
          .body(Map.of("prompt", "0001"))
          .post(Images.GENERATE)
          .then()
          .statusCode(401);
    }
  }

  static Stream<Arguments> formatsSizesAndBackgrounds() {
    List<Arguments> combinations = new ArrayList<>();
    Map<String, int[]> sizes =
        Map.of(
            "1024x1024", new int[] {1024, 1024},
            "1536x1024", new int[] {1536, 1024},
            "1024x1536", new int[] {1024, 1536},
            "auto", new int[] {1024, 1024});
    for (String format : List.of("png", "webp", "jpeg")) {
      for (Map.Entry<String, int[]> size : sizes.entrySet()) {
        for (String background : List.of("auto", "opaque", "transparent")) {
          if (format.equals("jpeg") && background.equals("transparent")) {
            continue; // refused, see Refusals
          }
          combinations.add(
              Arguments.of(
                  format, size.getKey(), background, size.getValue()[0], size.getValue()[1]));
        }
      }
    }
    return combinations.stream();
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
