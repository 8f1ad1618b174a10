package dev.macai.image.storage.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.macai.image.storage.domain.StorageBackend;
import dev.macai.image.storage.domain.UrlSignature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filesystem adapter against a real temporary directory. */
class FilesystemStorageTest {

  @TempDir Path root;
  final Clock clock = Clock.fixed(Instant.parse("2025-03-10T12:00:00Z"), ZoneOffset.UTC);

  ServedUrls urls(String baseUrl) {
    return new ServedUrls(
        Optional.of("0123456789abcdef".getBytes(StandardCharsets.UTF_8)), baseUrl, clock);
  }

  FilesystemStorage storage(String baseUrl) {
    return new FilesystemStorage(root, urls(baseUrl));
  }

  @Test
  void writesReadsAndDeletesUnderItsRoot() throws Exception {
    FilesystemStorage storage = storage("");
    byte[] content = {1, 2, 3};
    storage.put("user/image.png", content, "image/png");
    assertThat(Files.readAllBytes(root.resolve("user/image.png"))).isEqualTo(content);
    assertThat(storage.read("user/image.png")).contains(content);
    assertThat(storage.backend()).isEqualTo(StorageBackend.FILESYSTEM);

    storage.delete("user/image.png");
    assertThat(storage.read("user/image.png")).isEmpty();
    // Deleting twice is not an error.
    storage.delete("user/image.png");
    // No temporary files left behind.
    try (var files = Files.list(root.resolve("user"))) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void overwritesAnExistingObject() {
    FilesystemStorage storage = storage("");
    storage.put("a/b.png", new byte[] {1}, "image/png");
    storage.put("a/b.png", new byte[] {2}, "image/png");
    assertThat(storage.read("a/b.png")).contains(new byte[] {2});
  }

  @Test
  void signsUrlsThatItsVerifierAccepts() {
    ServedUrls urls = urls("https://music.example/");
    String url = new FilesystemStorage(root, urls).signedUrl("a/b.png", Duration.ofHours(1));
    long exp = clock.instant().plusSeconds(3600).getEpochSecond();
    assertThat(url)
        .startsWith("https://music.example/api/v1/image/files/a/b.png?exp=" + exp + "&sig=");
    String sig = url.substring(url.indexOf("&sig=") + 5);
    assertThat(urls.verify("a/b.png", exp, sig)).isEqualTo(UrlSignature.Verdict.VALID);
    assertThat(urls.verify("a/c.png", exp, sig)).isEqualTo(UrlSignature.Verdict.TAMPERED);
    // The same object signed as an S3 one (path key s3/...) is another URL altogether.
    assertThat(urls.verify("s3/a/b.png", exp, sig)).isEqualTo(UrlSignature.Verdict.TAMPERED);
  }

  @Test
  void neverLeavesItsRoot() {
    FilesystemStorage storage = storage("");
    assertThatThrownBy(() -> storage.read("../outside.png"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> storage.put("a/../../x", new byte[] {1}, "image/png"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> storage.read("")).isInstanceOf(IllegalArgumentException.class);
  }
}
