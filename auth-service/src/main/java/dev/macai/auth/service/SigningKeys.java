package dev.macai.auth.service;

import dev.macai.auth.config.AuthConfig;
import dev.macai.auth.domain.RsaJwk;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The public half of the signing key, published for the gateway and the other services. Loaded once
 * at start-up, so a missing or broken key stops the service instead of failing per request.
 */
@ApplicationScoped
public class SigningKeys {

  private static final String CLASSPATH = "classpath:";

  private final String publicKeyPem;
  private final RsaJwk jwk;

  SigningKeys(AuthConfig config) {
    this.publicKeyPem = read(config.token().publicKeyLocation());
    this.jwk = RsaJwk.of(parse(publicKeyPem));
  }

  public String publicKeyPem() {
    return publicKeyPem;
  }

  public RsaJwk jwk() {
    return jwk;
  }

  private static String read(String location) {
    try {
      if (location.startsWith(CLASSPATH)) {
        String resource = location.substring(CLASSPATH.length());
        try (InputStream in =
            Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("Public key not found on the classpath: " + resource);
          }
          return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
      }
      String path = location.startsWith("file:") ? location.substring(5) : location;
      return Files.readString(Path.of(path), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the public key at " + location, e);
    }
  }

  private static RSAPublicKey parse(String pem) {
    String base64 =
        pem.replace("-----BEGIN PUBLIC KEY-----", "")
            .replace("-----END PUBLIC KEY-----", "")
            .replaceAll("\\s", "");
    try {
      return (RSAPublicKey)
          KeyFactory.getInstance("RSA")
              .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("The public key is not an RSA key in PEM (X.509) form", e);
    }
  }
}
