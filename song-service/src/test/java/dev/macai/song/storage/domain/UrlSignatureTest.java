package dev.macai.song.storage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class UrlSignatureTest {

  final UrlSignature signature = new UrlSignature("test-key");
  final String key = ArchiveKey.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "mp3");
  final Instant now = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void aSignedUrlIsGoodUntilItExpires() {
    long exp = now.getEpochSecond() + 60;
    String sig = signature.sign(key, exp);
    assertThat(signature.verify(key, exp, sig, now)).isTrue();
    assertThat(signature.verify(key, exp, sig, now.plusSeconds(61))).isFalse();
  }

  @Test
  void anotherObjectAnotherExpiryOrAnotherKeyDoNotVerify() {
    long exp = now.getEpochSecond() + 60;
    String sig = signature.sign(key, exp);
    assertThat(signature.verify(key.replace(".mp3", ".flac"), exp, sig, now)).isFalse();
    assertThat(signature.verify(key, exp + 3600, sig, now)).isFalse();
    assertThat(new UrlSignature("other-key").verify(key, exp, sig, now)).isFalse();
    assertThat(signature.verify(key, exp, null, now)).isFalse();
  }

  @Test
  void onlyKeysOfThisServiceAreValid() {
    assertThat(ArchiveKey.valid(key)).isTrue();
    assertThat(ArchiveKey.valid("songs/../../etc/passwd")).isFalse();
    assertThat(ArchiveKey.valid(key.replace(".mp3", ".exe"))).isFalse();
    assertThat(ArchiveKey.contentType(key)).isEqualTo("audio/mpeg");
  }

  @Property
  void everySignatureOfAFutureExpiryVerifies(
      @ForAll @LongRange(min = 0, max = 1L << 40) long ahead) {
    long exp = now.getEpochSecond() + ahead;
    assertThat(signature.verify(key, exp, signature.sign(key, exp), now)).isTrue();
  }
}
