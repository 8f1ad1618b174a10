package dev.macai.image.storage.rest;

import static org.hamcrest.Matchers.equalTo;

import dev.macai.image.storage.domain.UrlSignature;
import dev.macai.image.support.Images;
import dev.macai.image.support.PostgresResource;
import dev.macai.image.support.ProviderSimulator;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The filesystem URLs: the signature is the only credential, and it ends. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class SignedUrlTest {

  /** %test.image.storage.url-secret in application.properties. */
  static final UrlSignature TEST_SIGNATURE =
      new UrlSignature("test-url-secret-0123".getBytes(StandardCharsets.UTF_8));

  static final String FILES = "/api/v1/image/files/";

  @Test
  void aFreshUrlServesThePngWithoutAToken() {
    UUID user = UUID.randomUUID();
    UUID id = Images.generate(user, "signed");
    String url = Users.as(user).get("/api/v1/image/{id}", id).then().extract().path("url");
    RestAssured.given()
        .urlEncodingEnabled(false)
        .get(url)
        .then()
        .statusCode(200)
        .contentType("image/png")
        .header("X-Content-Type-Options", "nosniff");
  }

  @Test
  void anExpiredUrlIsRefused() {
    String key = objectKeyOfANewImage();
    long past = Instant.now().minusSeconds(5).getEpochSecond();
    RestAssured.given()
        .urlEncodingEnabled(false)
        .get(FILES + key + "?exp=" + past + "&sig=" + TEST_SIGNATURE.sign(key, past))
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", equalTo("This link has expired; reload the page."));
  }

  @Test
  void aTamperedUrlIsRefused() {
    UUID user = UUID.randomUUID();
    UUID id = Images.generate(user, "signed");
    String url = Users.as(user).get("/api/v1/image/{id}", id).then().extract().path("url");
    String exp = url.replaceAll(".*exp=(\\d+).*", "$1");
    String later = Long.toString(Long.parseLong(exp) + 86_400);
    // A later expiry with the old signature.
    RestAssured.given()
        .urlEncodingEnabled(false)
        .get(url.replace("exp=" + exp, "exp=" + later))
        .then()
        .statusCode(403)
        .body("detail", equalTo("This link is not valid."));
    // Another user's object with this object's signature.
    RestAssured.given()
        .urlEncodingEnabled(false)
        .get(url.replace(user.toString(), UUID.randomUUID().toString()))
        .then()
        .statusCode(403);
    // No signature at all.
    RestAssured.given()
        .urlEncodingEnabled(false)
        .get(url.replaceAll("&sig=.*", ""))
        .then()
        .statusCode(403);
  }

  @Test
  void aValidSignatureCannotReachOutsideTheStorageDirectory() {
    String key = "../../pom.xml";
    long future = Instant.now().plusSeconds(60).getEpochSecond();
    RestAssured.given()
        .urlEncodingEnabled(false)
        .get(
            FILES
                + "x/%2e%2e/%2e%2e/pom.xml?exp="
                + future
                + "&sig="
                + TEST_SIGNATURE.sign(key, future))
        .then()
        .statusCode(org.hamcrest.Matchers.oneOf(401, 403, 404));
  }

  private static String objectKeyOfANewImage() {
    UUID user = UUID.randomUUID();
    UUID id = Images.generate(user, "signed");
    return user + "/" + id + ".png";
  }
}
