package dev.macai.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FernetKeyFileTest {

  @TempDir Path dir;

  @Test
  void generatesA32ByteUrlSafeKeyOnceAndKeepsIt() throws Exception {
    Path file = dir.resolve(".local/equipment-encryption.key");

    String key = FernetKeyFile.ensure(file);

    assertThat(key).hasSize(44).endsWith("=").doesNotContain("+", "/");
    assertThat(Base64.getUrlDecoder().decode(key)).hasSize(32);
    assertThat(FernetKeyFile.ensure(file)).isEqualTo(key);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
    assertThat(FernetKeyFile.ensure(dir.resolve("other.key"))).isNotEqualTo(key);
  }
}
