package dev.macai.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The RS256 key pair auth-service signs access tokens with, kept as PEM files: the private key in
 * PKCS#8 ({@code BEGIN PRIVATE KEY}), the public key in X.509 ({@code BEGIN PUBLIC KEY}), the forms
 * SmallRye JWT and the other services read. Generated once, so tokens and sessions survive a
 * restart of the stack.
 */
final class SigningKeyPair {

  private static final int RSA_BITS = 2048;
  private static final Base64.Encoder PEM_BASE64 =
      Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

  private SigningKeyPair() {}

  /**
   * Generates the pair unless both files exist.
   *
   * @return whether a new pair was written
   */
  static boolean ensure(Path privateKey, Path publicKey) throws IOException {
    if (Files.isRegularFile(privateKey) && Files.isRegularFile(publicKey)) {
      return false;
    }
    // Half a pair is useless: the halves must match, so both are replaced.
    write(generate(), privateKey, publicKey);
    return true;
  }

  static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(RSA_BITS);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has RSA", e);
    }
  }

  static void write(KeyPair pair, Path privateKey, Path publicKey) throws IOException {
    Files.createDirectories(privateKey.toAbsolutePath().getParent());
    Files.createDirectories(publicKey.toAbsolutePath().getParent());
    Files.deleteIfExists(privateKey);
    Files.deleteIfExists(publicKey);
    createOwnerOnly(privateKey);
    Files.writeString(
        privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
    Files.writeString(
        publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
  }

  static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + PEM_BASE64.encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  // Created with mode 600 from the start, so the key is never readable by others, not even briefly.
  private static void createOwnerOnly(Path file) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(file);
    }
  }
}
