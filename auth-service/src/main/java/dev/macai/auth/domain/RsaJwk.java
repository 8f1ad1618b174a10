package dev.macai.auth.domain;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** An RSA public key as a JSON Web Key (RFC 7517), its key id being the RFC 7638 thumbprint. */
public record RsaJwk(String kid, String n, String e) {

  public static RsaJwk of(RSAPublicKey key) {
    String n = base64Url(unsigned(key.getModulus()));
    String e = base64Url(unsigned(key.getPublicExponent()));
    return new RsaJwk(thumbprint(n, e), n, e);
  }

  /** The members a verifier needs, in the order the JWKS document shows them. */
  public Map<String, String> toMap() {
    Map<String, String> jwk = new LinkedHashMap<>();
    jwk.put("kty", "RSA");
    jwk.put("use", "sig");
    jwk.put("alg", "RS256");
    jwk.put("kid", kid);
    jwk.put("n", n);
    jwk.put("e", e);
    return jwk;
  }

  /** RFC 7638: SHA-256 over the required members in lexicographic order, no whitespace. */
  static String thumbprint(String n, String e) {
    String canonical = "{\"e\":\"" + e + "\",\"kty\":\"RSA\",\"n\":\"" + n + "\"}";
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return base64Url(digest);
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 is required by every JVM", ex);
    }
  }

  /** JWK integers are unsigned big-endian without the sign byte BigInteger may add. */
  private static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }

  private static String base64Url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
