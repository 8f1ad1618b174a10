package dev.macai.auth.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Property
  void acceptsEveryAsciiPasswordFromTenTo72Characters(
      @ForAll @AlphaChars @StringLength(min = 10, max = 72) String password) {
    assertThat(PasswordPolicy.violation(password)).isEmpty();
  }

  @Property
  void refusesEveryPasswordShorterThanTen(@ForAll @StringLength(max = 9) String password) {
    assertThat(PasswordPolicy.violation(password)).isPresent();
  }

  @Test
  void countsCharactersNotBytesForTheMinimum() {
    assertThat(PasswordPolicy.violation("äöüäöüäöüä")).isEmpty();
  }

  @Test
  void refusesWhatBcryptWouldSilentlyTruncate() {
    assertThat(PasswordPolicy.violation("a".repeat(72))).isEmpty();
    assertThat(PasswordPolicy.violation("a".repeat(73)))
        .contains("must be at most 72 bytes long (UTF-8)");
    assertThat(PasswordPolicy.violation("€".repeat(25))).isPresent();
  }

  @Test
  void refusesBlankAndMissing() {
    assertThat(PasswordPolicy.violation(null)).contains("must not be blank");
    assertThat(PasswordPolicy.violation("            ")).contains("must not be blank");
  }
}
