package dev.macai.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** S3Proxy as ./run starts it: a real S3 API that insists on the credential it was given. */
class LocalS3Test {

  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path state;

  @Test
  void servesS3OnLoopbackAndRefusesUnsignedRequests() throws Exception {
    // The filesystem backend: a folder is a bucket, a file an object, and its mode the ACL (a
    // file others may read is public-read); image-service's objects are written private, 640.
    Path cover = state.resolve("data").resolve(LocalS3.BUCKET).resolve("cover.png");
    Files.createDirectories(cover.getParent());
    Files.writeString(cover, "png");
    Files.setPosixFilePermissions(cover, PosixFilePermissions.fromString("rw-r-----"));
    try (LocalS3 s3 = LocalS3.start(ProviderSimulatorTest.REPO_ROOT, state, freePort(), log())) {
      s3.awaitListening();

      HttpResponse<String> anonymous =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(s3.endpoint() + "/" + LocalS3.BUCKET + "/cover.png"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(s3.endpoint()).startsWith("http://127.0.0.1:");
      assertThat(anonymous.statusCode()).isEqualTo(403);
      assertThat(anonymous.body()).contains("AccessDenied");
    }
  }

  @Test
  void keepsItsCredentialAcrossRestarts() throws Exception {
    String first;
    try (LocalS3 s3 = LocalS3.start(ProviderSimulatorTest.REPO_ROOT, state, freePort(), log())) {
      first = s3.credential();
    }
    try (LocalS3 s3 = LocalS3.start(ProviderSimulatorTest.REPO_ROOT, state, freePort(), log())) {
      assertThat(s3.credential()).isEqualTo(first).hasSizeGreaterThanOrEqualTo(40);
    }
  }

  private Path log() throws Exception {
    return Files.createFile(state.resolve("s3proxy-" + System.nanoTime() + ".log"));
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
