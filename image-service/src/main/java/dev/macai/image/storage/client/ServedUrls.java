package dev.macai.image.storage.client;

import dev.macai.image.storage.config.StorageConfig;
import dev.macai.image.storage.domain.UrlSignature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The URLs this service serves objects under: {@code /api/v1/image/files/<path key>?exp=&sig=},
 * HMAC-signed over the path key and the expiry. The path key is the object key for a file and
 * {@code s3/<object key>} for an S3 object, so the signature also pins the backend.
 */
@ApplicationScoped
public class ServedUrls {

  public static final String FILES_PATH = "/api/v1/image/files/";

  private final UrlSignature signature;
  private final String baseUrl;
  private final Clock clock;

  @Inject
  ServedUrls(StorageConfig config, Clock clock) {
    this(
        config.urlSecret().filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8)),
        config.publicBaseUrl().orElse(""),
        clock);
  }

  public ServedUrls(Optional<byte[]> secret, String baseUrl, Clock clock) {
    this.signature = new UrlSignature(secret.orElseGet(ServedUrls::randomSecret));
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.clock = clock;
  }

  public String url(String pathKey, Duration ttl) {
    long expires = clock.instant().plus(ttl).getEpochSecond();
    return baseUrl
        + FILES_PATH
        + pathKey
        + "?exp="
        + expires
        + "&sig="
        + URLEncoder.encode(signature.sign(pathKey, expires), StandardCharsets.UTF_8);
  }

  public UrlSignature.Verdict verify(String pathKey, long expires, String sig) {
    return signature.verify(pathKey, expires, sig, clock.instant());
  }

  private static byte[] randomSecret() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return secret;
  }
}
