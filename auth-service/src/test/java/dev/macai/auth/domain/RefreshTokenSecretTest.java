package dev.macai.auth.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RefreshTokenSecretTest {

  @Test
  void secretsAre256RandomBitsInUrlSafeText() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String secret = RefreshTokenSecret.generate();
      assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+");
      assertThat(seen.add(secret)).isTrue();
    }
  }

  @Test
  void hashIsStableHexSha256() {
    assertThat(RefreshTokenSecret.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
