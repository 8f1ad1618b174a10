package dev.macai.chat.ollama.rest;

import static dev.macai.testkit.tokens.Users.EVE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.chat.support.PostgresResource;
import dev.macai.chat.support.ProviderSimulator;
import dev.macai.chat.support.TemplateTable;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The simulator answers each seeded template with a text of the template's kind (it matches a
 * stable phrase of the template's pre-condition in the built prompt), through the real endpoint.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class TemplateAnswersTest {

  @Inject TemplateTable table;

  @BeforeEach
  void seeded() {
    table.reseed();
  }

  static String run(String category, String action, String input, String context) {
    Map<String, Object> body = new HashMap<>();
    body.put("category", category);
    body.put("action", action);
    body.put("input_text", input);
    if (context != null) {
      body.put("context", context);
    }
    return Users.as(EVE)
        .body(body)
        .post(GenerateUnifiedTest.GENERATE)
        .then()
        .statusCode(200)
        .extract()
        .path("response");
  }

  static Stream<Arguments> seededTemplates() {
    return Stream.of(
        Arguments.of(
            "images",
            "enhance",
            "a synthesizer at night",
            "Cinematic close-up of a vintage analog synthesizer"),
        Arguments.of(
            "images",
            "translate",
            "ein Leuchtturm am Abend",
            "A lone lighthouse on a basalt cliff at dusk"),
        Arguments.of(
            "songs", "enhance-style", "dreamy synth pop", "dreamy synth pop, 80s revival, 104 BPM"),
        Arguments.of(
            "songs", "generate-title", "rain on the boulevard, we dance", "Neon Rain Boulevard"),
        Arguments.of(
            "sketches", "generate-title", "we dance until the morning", "Dancing Until Morning"),
        Arguments.of(
            "lyrics", "generate", "dancing in the rain at night", "[Verse 1]\nStreetlights hum"),
        Arguments.of(
            "lyrics",
            "improve-section",
            "rain on the roof",
            "Rain drums softly on the roof tonight\n"),
        Arguments.of(
            "lyrics", "rewrite-section", "rain on the roof", "Thunder rolls across the tin above"),
        Arguments.of(
            "lyrics",
            "extend-section",
            "rain on the roof",
            "The gutters sing along in silver streams"),
        Arguments.of(
            "lyrics", "translate", "rain on the roof", "[Verse 1]\nRegen trommelt leise auf"));
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("seededTemplates")
  void eachTemplateGetsAnAnswerOfItsKind(
      String category, String action, String input, String expectedStart) {
    assertThat(run(category, action, input, null)).startsWith(expectedStart);
  }

  /** What the UI writes into a song's music style is a style, not an image prompt. */
  @Test
  void theMusicStyleIsAShortListOfStyleTags() {
    String style = run("songs", "enhance-style", "melancholic indie folk", null);
    assertThat(style.split(",")).hasSizeBetween(5, 12);
    assertThat(style).doesNotContain("\n").doesNotContainIgnoringCase("photorealistic");
  }

  /** A lyric section comes back as lines, even with the whole song as context. */
  @Test
  void lyricActionsAnswerLyricLines() {
    String improved =
        run(
            "lyrics",
            "improve-section",
            "rain on the roof\nand a song in my head",
            "[Verse 1]\nrain on the roof\nand a song in my head\n[Chorus]\nla la");
    assertThat(improved.lines()).hasSize(4);
    // Plain ASCII quotes only: the UI's cleanup rules would otherwise rewrite the suggestion.
    assertThat(improved).doesNotContain("\u201C", "\u2019");
  }

  /** A template of one's own gets the generic answer, not one meant for another template. */
  @Test
  void anOwnTemplateGetsTheGenericAnswer() {
    Map<String, Object> template = new HashMap<>();
    template.put("category", "custom");
    template.put("action", "haiku");
    template.put("pre_condition", "Write a haiku about:");
    template.put("model", "llama3.2:3b");
    template.put("temperature", 0.5);
    template.put("max_tokens", 50);
    Users.asAdmin(Users.ADA)
        .body(template)
        .post(GenerateUnifiedTest.PROMPTS)
        .then()
        .statusCode(201);
    assertThat(run("custom", "haiku", "autumn", null)).startsWith("Here is a first draft");
  }
}
