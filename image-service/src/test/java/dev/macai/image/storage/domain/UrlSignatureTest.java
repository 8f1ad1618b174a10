package dev.macai.image.storage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UrlSignatureTest {

  final UrlSignature signature =
      new UrlSignature("0123456789abcdef".getBytes(StandardCharsets.UTF_8));
  final Instant now = Instant.parse("2025-03-10T12:00:00Z");
  final long inAnHour = now.plusSeconds(3600).getEpochSecond();

  @Test
  void acceptsItsOwnSignatureUntilTheExpiry() {
    String sig = signature.sign("u/i.png", inAnHour);
    assertThat(signature.verify("u/i.png", inAnHour, sig, now))
        .isEqualTo(UrlSignature.Verdict.VALID);
    assertThat(signature.verify("u/i.png", inAnHour, sig, Instant.ofEpochSecond(inAnHour)))
        .isEqualTo(UrlSignature.Verdict.VALID);
    assertThat(signature.verify("u/i.png", inAnHour, sig, Instant.ofEpochSecond(inAnHour + 1)))
        .isEqualTo(UrlSignature.Verdict.EXPIRED);
  }

  @Test
  void refusesAnyChange() {
    String sig = signature.sign("u/i.png", inAnHour);
    assertThat(signature.verify("u/j.png", inAnHour, sig, now))
        .isEqualTo(UrlSignature.Verdict.TAMPERED);
    assertThat(signature.verify("u/i.png", inAnHour + 1, sig, now))
        .isEqualTo(UrlSignature.Verdict.TAMPERED);
    assertThat(signature.verify("u/i.png", inAnHour, sig.substring(1), now))
        .isEqualTo(UrlSignature.Verdict.TAMPERED);
    assertThat(signature.verify("u/i.png", inAnHour, null, now))
        .isEqualTo(UrlSignature.Verdict.TAMPERED);
    UrlSignature other = new UrlSignature("fedcba9876543210".getBytes(StandardCharsets.UTF_8));
    assertThat(other.verify("u/i.png", inAnHour, sig, now))
        .isEqualTo(UrlSignature.Verdict.TAMPERED);
  }

  @Test
  void aForgedSignatureOfAnExpiredLinkSaysTamperedNotExpired() {
    long past = now.minusSeconds(1).getEpochSecond();
    assertThat(signature.verify("u/i.png", past, "forged", now))
        .isEqualTo(UrlSignature.Verdict.TAMPERED);
  }

  @Test
  void refusesAShortSecret() {
    assertThatThrownBy(() -> new UrlSignature(new byte[8]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
