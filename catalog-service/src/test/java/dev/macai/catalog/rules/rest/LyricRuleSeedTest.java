package dev.macai.catalog.rules.rest;

import static dev.macai.catalog.rules.rest.LyricRuleCrudTest.RULES;
import static dev.macai.testkit.tokens.Users.EVE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.catalog.rules.RuleTable;
import dev.macai.catalog.rules.domain.LyricRuleEngine;
import dev.macai.catalog.rules.domain.PatternSafety;
import dev.macai.catalog.rules.domain.ReplacementCodec;
import dev.macai.catalog.support.PostgresResource;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every seeded rule: its stored Base64 decodes to the intended replacement, it would pass today's
 * write checks, and it does what its name says, alone, with the engine's semantics.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class LyricRuleSeedTest {

  @Inject RuleTable table;

  @BeforeEach
  void freshInstall() {
    table.reseed();
  }

  static Stream<Arguments> seeds() {
    return Stream.of(
        Arguments.of(1, "\"", "“Hi” „du“ ‟x”", "\"Hi\" \"du\" \"x\""),
        Arguments.of(2, "'", "It’s ‘me’, don´t ‚go‛", "It's 'me', don't 'go'"),
        Arguments.of(
            3,
            "",
            "Go (guitar solo)\n(x2) yes (X2)\n[Produced by Max]\n[Prod. Max]\n[Chorus]\n"
                + "I (love you) heartbreak (heartbreak)\n(Repeat 2x) end (Instrumental Break)",
            "Go\n yes\n\n\n[Chorus]\nI (love you) heartbreak (heartbreak)\n end"),
        Arguments.of(4, "", "a  \t\nb\u00A0\n  c", "a\nb\n  c"),
        Arguments.of(
            5,
            "$1,\n",
            "We were running down the avenue, the night was young and so were we\n"
                + "Oh, the night was young and we were running down the avenue, so free\n"
                + "Short, line",
            "We were running down the avenue,\nthe night was young and so were we\n"
                + "Oh, the night was young and we were running down the avenue,\nso free\n"
                + "Short, line"),
        Arguments.of(6, "\n\n", "a\n\n\n\nb\n\nc\n\n\n", "a\n\nb\n\nc\n\n"),
        Arguments.of(
            7,
            "[INTRO]",
            "**Intro**\nIntro:\n[intro]\nintro music",
            "[INTRO]\n[INTRO]\n[INTRO]\nintro music"),
        Arguments.of(
            8,
            "[VERSE $1$2$3]",
            "**Verse 1**\nVerse 2:\n[verse 3]\n**VERSE 4:**\nVerse 5 is here\n**Verse**",
            "[VERSE 1]\n[VERSE 2]\n[VERSE 3]\n[VERSE 4]\nVerse 5 is here\n**Verse**"),
        Arguments.of(9, "[VERSE]", "**Verse**\nverse:\nVerse 2:", "[VERSE]\n[VERSE]\nVerse 2:"),
        Arguments.of(
            10,
            "[PRE-CHORUS]",
            "**Pre-Chorus**\nPrechorus:\n[pre chorus]\n**Chorus**",
            "[PRE-CHORUS]\n[PRE-CHORUS]\n[PRE-CHORUS]\n**Chorus**"),
        Arguments.of(
            11,
            "[CHORUS]",
            "**Chorus**\nChorus:\n[Chorus]\n**Pre-Chorus**\nChorus: la la",
            "[CHORUS]\n[CHORUS]\n[CHORUS]\n**Pre-Chorus**\nChorus: la la"),
        Arguments.of(
            12, "[BRIDGE]", "**Bridge:**\nBridge :\n**Bridge**:", "[BRIDGE]\n[BRIDGE]\n[BRIDGE]"),
        Arguments.of(13, "[OUTRO]", "  **Outro**  \nOutro:", "[OUTRO]\n[OUTRO]"));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void decodesAndWorks(int number, String replacement, String input, String expected) {
    assertThat(ReplacementCodec.decode(table.storedReplacement(RuleTable.seeded(number))))
        .isEqualTo(replacement);

    JsonPath rule =
        Users.as(EVE)
            .get(RULES + "/" + RuleTable.seeded(number))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String name = rule.getString("name");
    String pattern = rule.getString("pattern");
    assertThat(rule.getString("replacement")).isEqualTo(replacement);
    assertThat(PatternSafety.patternViolation(pattern)).isEmpty();
    assertThat(PatternSafety.replacementViolation(pattern, replacement)).isEmpty();

    LyricRuleEngine.Outcome outcome =
        LyricRuleEngine.apply(
            input, List.of(new LyricRuleEngine.Step(name, pattern, rule.getString("replacement"))));
    assertThat(outcome.text()).isEqualTo(expected);
    assertThat(outcome.applied()).containsExactly(name);
  }
}
