package dev.macai.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The Fernet key catalog-service encrypts equipment secrets with ({@code
 * EQUIPMENT_ENCRYPTION_KEY}): url-safe base64 of 32 random bytes, as {@code Fernet.generate_key()}
 * makes it. Generated once and kept, because a new key would make every stored secret unreadable.
 */
final class FernetKeyFile {

  private static final int KEY_BYTES = 32;

  private FernetKeyFile() {}

  /** The key in the file, after writing a new one there if the file does not exist yet. */
  static String ensure(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      byte[] key = new byte[KEY_BYTES];
      new SecureRandom().nextBytes(key);
      Files.createDirectories(file.toAbsolutePath().getParent());
      // mode 600 from the start, so the key is never readable by others
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
      Files.writeString(
          file, Base64.getUrlEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
    }
    return Files.readString(file, StandardCharsets.US_ASCII).strip();
  }
}
