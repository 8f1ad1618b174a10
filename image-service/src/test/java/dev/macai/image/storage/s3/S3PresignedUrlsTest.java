package dev.macai.image.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.macai.image.images.domain.ContentHash;
import dev.macai.image.support.Images;
import dev.macai.image.support.PostgresResource;
import dev.macai.image.support.ProviderSimulator;
import dev.macai.image.support.S3ProxyServer;
import dev.macai.image.support.Simulated;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * S3_PRESIGNED_URLS=true: the browser gets the S3 server's own pre-signed URL (for an endpoint it
 * can reach over https). Its own profile, so Quarkus restarts once for this class.
 */
@QuarkusTest
@TestProfile(S3PresignedUrlsTest.PresignedUrls.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
@WithTestResource(S3ProxyServer.class)
class S3PresignedUrlsTest {

  public static class PresignedUrls implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("image.s3.presigned-urls", "true");
    }
  }

  static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void urlsAreTheS3ServersPreSignedUrls() throws Exception {
    UUID user = UUID.randomUUID();
    String url =
        Users.as(user)
            .body(Map.of("prompt", "s3 0001"))
            .post(Images.GENERATE)
            .then()
            .statusCode(201)
            .body("storage_backend", equalTo("s3"))
            .body("url", containsString("/" + S3ProxyServer.BUCKET + "/" + user + "/"))
            .body("url", containsString("X-Amz-Signature="))
            .extract()
            .path("url");
    HttpResponse<byte[]> object = get(url);
    assertThat(object.statusCode()).isEqualTo(200);
    assertThat(ContentHash.sha256(object.body())).isEqualTo(Simulated.PNG_SHA256);

    // A tampered pre-signed URL is refused by the S3 server itself.
    assertThat(get(url.replace("X-Amz-Signature=", "X-Amz-Signature=0")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void deletingAnImageRemovesItsObject() throws Exception {
    UUID user = UUID.randomUUID();
    UUID id = Images.generate(user, "gone");
    String url = Users.as(user).get("/api/v1/image/{id}", id).then().extract().path("url");
    Users.as(user).delete("/api/v1/image/{id}", id).then().statusCode(204);
    assertThat(get(url).statusCode()).isEqualTo(404);
  }

  private static HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
