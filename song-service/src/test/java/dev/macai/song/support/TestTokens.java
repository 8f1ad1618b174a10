package dev.macai.song.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * Mints access tokens for tests, good ones and every kind of forgery a protected endpoint must
 * refuse. Signs with the committed test key ({@code src/test/resources/jwt}); copy as is into
 * another service together with that key pair.
 */
public final class TestTokens {

  public static final String ISSUER = "mac-ai-service";
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private TestTokens() {}

  public static String valid(UUID userId, String... groups) {
    return claims(userId, groups).sign(testKey());
  }

  public static String expired(UUID userId) {
    Instant past = Instant.now().minus(Duration.ofHours(1));
    return claims(userId, "user").issuedAt(past).expiresAt(past.plusSeconds(900)).sign(testKey());
  }

  public static String wrongIssuer(UUID userId) {
    return claims(userId, "user").issuer("someone-else").sign(testKey());
  }

  public static String wrongKey(UUID userId) {
    try {
      return claims(userId, "user").sign(KeyUtils.generateKeyPair(2048).getPrivate());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An unsigned token ({@code "alg": "none"}) carrying otherwise perfect claims. */
  public static String algNone(UUID userId) {
    String payload = valid(userId, "user").split("\\.")[1];
    String header = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    return header + "." + payload + ".";
  }

  /** A validly signed user token whose payload was then edited to claim the admin group. */
  public static String tamperedPayload(UUID userId) {
    String[] parts = valid(userId, "user").split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forged = payload.replace("\"user\"", "\"user\",\"admin\"");
    if (forged.equals(payload)) {
      throw new IllegalStateException("payload has no groups claim to tamper with");
    }
    return parts[0] + "." + encode(forged) + "." + parts[2];
  }

  private static JwtClaimsBuilder claims(UUID userId, String... groups) {
    Instant now = Instant.now();
    return Jwt.issuer(ISSUER)
        .subject(userId.toString())
        .upn(userId + "@test.invalid")
        .groups(Set.of(groups))
        .claim("sid", UUID.randomUUID().toString())
        .issuedAt(now)
        .expiresAt(now.plusSeconds(900));
  }

  private static PrivateKey testKey() {
    try {
      return KeyUtils.readPrivateKey("jwt/test-private.pem");
    } catch (Exception e) {
      throw new IllegalStateException("test key missing from src/test/resources/jwt", e);
    }
  }

  private static String encode(String json) {
    return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
