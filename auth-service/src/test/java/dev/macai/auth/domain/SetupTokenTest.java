package dev.macai.auth.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetupTokenTest {

  @Test
  void tokensAreGroupedCrockfordBase32AndDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String token = SetupToken.generate();
      assertThat(token).matches("([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}");
      assertThat(seen.add(token)).isTrue();
    }
  }

  @Test
  void caseSpacesAndDashesDoNotChangeTheHash() {
    assertThat(SetupToken.hash(" abcd-efgh ")).isEqualTo(SetupToken.hash("ABCDEFGH"));
    assertThat(SetupToken.hash("ABCDEFGH")).isNotEqualTo(SetupToken.hash("ABCDEFGI"));
    assertThat(SetupToken.hash("ABCD")).hasSize(64).doesNotContain("ABCD");
  }

  @Test
  void hashesCompareOnlyWhenEqual() {
    assertThat(SecretHash.sameHash(SecretHash.sha256("a"), SecretHash.sha256("a"))).isTrue();
    assertThat(SecretHash.sameHash(SecretHash.sha256("a"), SecretHash.sha256("b"))).isFalse();
    assertThat(SecretHash.sameHash(null, SecretHash.sha256("a"))).isFalse();
  }
}
