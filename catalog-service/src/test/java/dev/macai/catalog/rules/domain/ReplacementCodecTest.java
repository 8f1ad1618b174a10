package dev.macai.catalog.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ReplacementCodecTest {

  private static final String BASE64 = "[A-Za-z0-9+/]*={0,2}";

  /** Any code point outside the surrogate range, mixed with the characters replacements use. */
  @Provide
  Arbitrary<String> replacements() {
    Arbitrary<String> anyCodePoint =
        Arbitraries.integers()
            .between(0, Character.MAX_CODE_POINT)
            .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
            .map(Character::toString);
    Arbitrary<String> typical =
        Arbitraries.of("\n", "\r\n", "\t", "\\", "\\n", "$1", "${name}", "\"", "'", "😀", "ä", "ß");
    return Arbitraries.frequencyOf(Tuple.of(3, anyCodePoint), Tuple.of(2, typical))
        .list()
        .ofMaxSize(200)
        .map(pieces -> String.join("", pieces));
  }

  @Property(tries = 500)
  void roundTripsArbitraryUnicode(@ForAll("replacements") String replacement) {
    String stored = ReplacementCodec.encode(replacement);
    assertThat(stored).matches(BASE64);
    assertThat(ReplacementCodec.decode(stored)).isEqualTo(replacement);
  }

  @Property(tries = 500)
  void roundTripsNewlinesAndBackslashesAmongBmpCharacters(
      @ForAll
          @StringLength(max = 200)
          @Chars({'\n', '\r', '\\', '$', '"'})
          @CharRange(from = ' ', to = '\uD7FF')
          String replacement) {
    assertThat(ReplacementCodec.decode(ReplacementCodec.encode(replacement)))
        .isEqualTo(replacement);
  }

  @Test
  void encodesUtf8BytesLikeTheOriginalSystem() {
    assertThat(ReplacementCodec.encode(",\n")).isEqualTo("LAo=");
    assertThat(ReplacementCodec.encode("")).isEmpty();
    assertThat(ReplacementCodec.encode("ä")).isEqualTo("w6Q=");
    assertThat(ReplacementCodec.decode("JDEsCg==")).isEqualTo("$1,\n");
  }

  @Test
  void refusesWhatIsNotBase64() {
    assertThatThrownBy(() -> ReplacementCodec.decode("not base64!"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
