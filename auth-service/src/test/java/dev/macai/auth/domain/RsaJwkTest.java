package dev.macai.auth.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class RsaJwkTest {

  @Test
  void encodesModulusAndExponentAsUnsignedBase64Url() throws Exception {
    RSAPublicKey key = newKey();
    RsaJwk jwk = RsaJwk.of(key);
    assertThat(jwk.e()).isEqualTo("AQAB");
    assertThat(jwk.n()).doesNotContain("=", "+", "/");
    assertThat(new BigInteger(1, Base64.getUrlDecoder().decode(jwk.n())))
        .isEqualTo(key.getModulus());
    // 2048 bits are 256 bytes: no leading sign byte may sneak in.
    assertThat(Base64.getUrlDecoder().decode(jwk.n())).hasSize(256);
  }

  @Test
  void keyIdIsTheRfc7638Thumbprint() {
    // RFC 7638 §3.1 hashes exactly this member order; the expected value comes from openssl dgst
    // -sha256.
    String kid = RsaJwk.thumbprint("abc", "AQAB");
    assertThat(kid).isEqualTo("hsYmsQ3cFt_gIGzkNYhUMZFeW7MCPnCwSpT8CXRPPwo");
  }

  @Test
  void differentKeysHaveDifferentIds() throws Exception {
    assertThat(RsaJwk.of(newKey()).kid()).isNotEqualTo(RsaJwk.of(newKey()).kid());
    RSAPublicKey key = newKey();
    assertThat(RsaJwk.of(key).kid()).isEqualTo(RsaJwk.of(key).kid());
  }

  private static RSAPublicKey newKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return (RSAPublicKey) generator.generateKeyPair().getPublic();
  }
}
