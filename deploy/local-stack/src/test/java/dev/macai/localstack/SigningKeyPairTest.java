package dev.macai.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyPairTest {

  @TempDir Path dir;

  @Test
  void writesAMatchingRsaPairInPemThatKeyFactoryReadsBack() throws Exception {
    Path privatePem = dir.resolve("jwt/private.pem");
    Path publicPem = dir.resolve("jwt/public.pem");

    assertThat(SigningKeyPair.ensure(privatePem, publicPem)).isTrue();

    String privateText = Files.readString(privatePem);
    String publicText = Files.readString(publicPem);
    assertThat(privateText).startsWith("-----BEGIN PRIVATE KEY-----\n");
    assertThat(publicText).startsWith("-----BEGIN PUBLIC KEY-----\n");
    assertThat(privateText.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThan(65));

    KeyFactory rsa = KeyFactory.getInstance("RSA");
    PrivateKey privateKey =
        rsa.generatePrivate(new PKCS8EncodedKeySpec(der(privateText, "PRIVATE KEY")));
    PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(der(publicText, "PUBLIC KEY")));
    assertThat(((RSAPublicKey) publicKey).getModulus().bitLength()).isEqualTo(2048);

    byte[] message = "a token".getBytes();
    Signature signer = Signature.getInstance("SHA256withRSA");
    signer.initSign(privateKey);
    signer.update(message);
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(publicKey);
    verifier.update(message);
    assertThat(verifier.verify(signature)).as("the halves belong together").isTrue();
  }

  @Test
  void keepsTheOwnerOnlyPermissionOnThePrivateKey() throws Exception {
    Path privatePem = dir.resolve("private.pem");

    SigningKeyPair.ensure(privatePem, dir.resolve("public.pem"));

    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privatePem)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void reusesAnExistingPairAndReplacesAHalfOne() throws Exception {
    Path privatePem = dir.resolve("private.pem");
    Path publicPem = dir.resolve("public.pem");
    SigningKeyPair.ensure(privatePem, publicPem);
    String firstPublic = Files.readString(publicPem);

    assertThat(SigningKeyPair.ensure(privatePem, publicPem)).isFalse();
    assertThat(Files.readString(publicPem)).isEqualTo(firstPublic);

    Files.delete(privatePem);
    assertThat(SigningKeyPair.ensure(privatePem, publicPem)).isTrue();
    assertThat(Files.readString(publicPem)).isNotEqualTo(firstPublic);
  }

  private static byte[] der(String pem, String type) {
    return Base64.getMimeDecoder()
        .decode(
            pem.replace("-----BEGIN " + type + "-----", "")
                .replace("-----END " + type + "-----", ""));
  }
}
