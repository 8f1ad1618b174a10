package dev.macai.testkit.tokens;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mints access tokens shaped like auth-service's (ARCHITECTURE §3), good ones and every kind of
 * forgery the gateway and the services must refuse. Signs with the committed test key pair ({@code
 * jwt/test-private.pem} in this kit; the services' test profiles verify with {@code
 * classpath:jwt/test-public.pem}). Plain JDK crypto: the token format is small, and the gateway
 * tests need no MicroProfile runtime.
 */
public final class TestTokens {

  public static final String ISSUER = "mac-ai-service";
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
  private static final String RS256_HEADER = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";

  private TestTokens() {}

  public static String valid(UUID userId, String... groups) {
    Instant now = Instant.now();
    return sign(RS256_HEADER, claims(userId, ISSUER, now, now.plusSeconds(900), groups), testKey());
  }

  public static String expired(UUID userId) {
    return expiringAt(userId, Instant.now().minus(Duration.ofHours(1)));
  }

  /** Signed and otherwise valid, expiring at {@code expiry} (past or future). */
  public static String expiringAt(UUID userId, Instant expiry) {
    return sign(
        RS256_HEADER, claims(userId, ISSUER, expiry.minusSeconds(900), expiry, "user"), testKey());
  }

  public static String wrongIssuer(UUID userId) {
    Instant now = Instant.now();
    return sign(
        RS256_HEADER, claims(userId, "someone-else", now, now.plusSeconds(900), "user"), testKey());
  }

  public static String wrongKey(UUID userId) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      Instant now = Instant.now();
      return sign(
          RS256_HEADER,
          claims(userId, ISSUER, now, now.plusSeconds(900), "user"),
          generator.generateKeyPair().getPrivate());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An unsigned token ({@code "alg": "none"}) carrying otherwise perfect claims. */
  public static String algNone(UUID userId) {
    String payload = valid(userId, "user").split("\\.")[1];
    return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".";
  }

  /** A validly signed user token whose payload was then edited to claim the admin group. */
  public static String tamperedPayload(UUID userId) {
    String[] parts = valid(userId, "user").split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forged = payload.replace("[\"user\"]", "[\"user\",\"admin\"]");
    if (forged.equals(payload)) {
      throw new IllegalStateException("payload has no groups claim to tamper with");
    }
    return parts[0] + "." + encode(forged) + "." + parts[2];
  }

  /**
   * HS256 with the gateway's public key (its PEM text) as the HMAC secret: the classic forgery
   * against verifiers that take the algorithm from the token.
   */
  public static String hs256WithPublicKey(UUID userId) {
    String payload = valid(userId, "user").split("\\.")[1];
    String signingInput = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + payload;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(publicKeyPem().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + BASE64URL.encodeToString(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The committed test public key as PEM text. */
  public static String publicKeyPem() {
    return resource("/jwt/test-public.pem");
  }

  private static String claims(
      UUID userId, String issuer, Instant issuedAt, Instant expiry, String... groups) {
    StringBuilder groupList = new StringBuilder();
    for (String group : groups) {
      groupList.append(groupList.isEmpty() ? "" : ",").append('"').append(group).append('"');
    }
    return "{\"iss\":\""
        + issuer
        + "\",\"sub\":\""
        + userId
        + "\",\"upn\":\""
        + userId
        + "@test.invalid\",\"groups\":["
        + groupList
        + "],\"sid\":\""
        + UUID.randomUUID()
        + "\",\"jti\":\""
        + UUID.randomUUID()
        + "\",\"iat\":"
        + issuedAt.getEpochSecond()
        + ",\"exp\":"
        + expiry.getEpochSecond()
        + "}";
  }

  private static String sign(String header, String claims, PrivateKey key) {
    String signingInput = encode(header) + "." + encode(claims);
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key);
      rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + BASE64URL.encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PrivateKey testKey() {
    String base64 =
        resource("/jwt/test-private.pem").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("test private key unreadable", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = TestTokens.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the test-kit jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String json) {
    return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
