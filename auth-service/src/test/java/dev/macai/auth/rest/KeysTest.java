package dev.macai.auth.rest;

import static dev.macai.auth.support.AuthApi.signedUp;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.auth.support.CleanState;
import dev.macai.auth.support.PostgresResource;
import dev.macai.testkit.tokens.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The published keys are public and verify the tokens the service signs. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class KeysTest {

  @Inject CleanState state;

  @BeforeEach
  void reset() {
    state.reset();
  }

  @Test
  void pemIsTheConfiguredPublicKey() throws Exception {
    String pem =
        given().get("/api/v1/auth/public-key.pem").then().statusCode(200).extract().asString();
    assertThat(pem).isEqualTo(TestTokens.publicKeyPem()).doesNotContain("PRIVATE");
  }

  @Test
  void jwksVerifiesAnIssuedAccessToken() throws Exception {
    String accessToken = signedUp("ada@example.com").accessToken();
    JsonPath jwks = given().get("/api/v1/auth/jwks").then().statusCode(200).extract().jsonPath();
    assertThat(jwks.getList("keys")).hasSize(1);
    assertThat(jwks.getString("keys[0].kty")).isEqualTo("RSA");
    assertThat(jwks.getString("keys[0].alg")).isEqualTo("RS256");

    String[] parts = accessToken.split("\\.");
    String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
    assertThat(JsonPath.from(header).getString("kid")).isEqualTo(jwks.getString("keys[0].kid"));

    PublicKey key =
        KeyFactory.getInstance("RSA")
            .generatePublic(
                new RSAPublicKeySpec(
                    unsigned(jwks.getString("keys[0].n")), unsigned(jwks.getString("keys[0].e"))));
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initVerify(key);
    rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
  }

  private static BigInteger unsigned(String base64Url) {
    return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
  }
}
