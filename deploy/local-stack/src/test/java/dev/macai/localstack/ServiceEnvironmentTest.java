package dev.macai.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each service gets what it needs to run against the local parts, and no other's secrets. */
class ServiceEnvironmentTest {

  private static final LocalState STATE = new LocalState(Path.of("/checkout/.local"));
  private static final LocalSecrets SECRETS =
      new LocalSecrets("equipment-key", "song-media-key", "image-url-secret");
  private static final Optional<URI> SIMULATOR = Optional.of(URI.create("http://localhost:8090"));
  private static final Optional<ServiceEnvironment.LocalS3Access> LOCAL_S3 =
      Optional.of(new ServiceEnvironment.LocalS3Access("http://127.0.0.1:8091", "s3-credential"));

  private static final LocalService AUTH = new LocalService("auth-service", 8081, "auth");
  private static final LocalService CATALOG = new LocalService("catalog-service", 8082, "catalog");
  private static final LocalService CHAT = new LocalService("chat-service", 8083, "chat");
  private static final LocalService IMAGE = new LocalService("image-service", 8084, "image");
  private static final LocalService SONG = new LocalService("song-service", 8085, "song");

  @Test
  void authServiceGetsTheSigningKeyAndTheSimulatedProviders() {
    assertThat(allLocal().forService(AUTH))
        .containsOnly(
            entry("PORT", "8081"),
            entry("QUARKUS_HTTP_HOST", "127.0.0.1"),
            entry("DB_URL", "jdbc:postgresql://localhost:15432/macai"),
            entry("DB_USER", "auth_service"),
            entry("DB_PASSWORD", "local-auth_service"),
            entry("AUTH_JWT_PUBLIC_KEY_LOCATION", "/checkout/.local/jwt/public.pem"),
            entry("AUTH_JWT_PRIVATE_KEY_LOCATION", "/checkout/.local/jwt/private.pem"),
            entry("AUTH_SETUP_TOKEN_FILE", "/checkout/.local/auth-setup-token"),
            entry("OLLAMA_BASE_URL", "http://localhost:8090"),
            entry("OPENAI_BASE_URL", "http://localhost:8090"),
            entry("OPENAI_API_KEY", "sk-local-simulator"),
            entry("OPENAI_ADMIN_API_KEY", "sk-local-simulator"),
            entry("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false"),
            entry("SWAGGER_UI_ENABLED", "true"));
  }

  @Test
  void songServiceGetsRedisItsStorageS3AndTheSimulatedMureka() {
    assertThat(allLocal().forService(SONG))
        .containsOnly(
            entry("PORT", "8085"),
            entry("QUARKUS_HTTP_HOST", "127.0.0.1"),
            entry("DB_URL", "jdbc:postgresql://localhost:15432/macai"),
            entry("DB_USER", "song_service"),
            entry("DB_PASSWORD", "local-song_service"),
            entry("AUTH_JWT_PUBLIC_KEY_LOCATION", "/checkout/.local/jwt/public.pem"),
            entry("OLLAMA_BASE_URL", "http://localhost:8090"),
            entry("OPENAI_BASE_URL", "http://localhost:8090"),
            entry("OPENAI_API_KEY", "sk-local-simulator"),
            entry("OPENAI_ADMIN_API_KEY", "sk-local-simulator"),
            entry("REDIS_URL", "redis://localhost:16379"),
            entry("SONG_STORAGE_DIR", "/checkout/.local/song-audio"),
            entry("SONG_MEDIA_SIGNING_KEY", "song-media-key"),
            entry("S3_ENDPOINT", "http://127.0.0.1:8091"),
            entry("S3_BUCKET", "mac-ai-images"),
            entry("S3_ACCESS_KEY", "mac-ai-local"),
            entry("S3_SECRET_KEY", "s3-credential"),
            entry("S3_PATH_STYLE", "true"),
            entry("MUREKA_BASE_URL", "http://localhost:8090"),
            entry("MUREKA_API_KEY", "mk-local-simulator"),
            entry("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false"),
            entry("SWAGGER_UI_ENABLED", "true"));
  }

  @Test
  void imageServiceGetsItsStorageUrlSecretAndS3() {
    assertThat(allLocal().forService(IMAGE))
        .contains(
            entry("IMAGE_STORAGE_DIR", "/checkout/.local/images"),
            entry("IMAGE_URL_SECRET", "image-url-secret"),
            entry("S3_ENDPOINT", "http://127.0.0.1:8091"),
            entry("S3_SECRET_KEY", "s3-credential"))
        .doesNotContainKeys("REDIS_URL", "MUREKA_API_KEY", "SONG_MEDIA_SIGNING_KEY");
  }

  @Test
  void onlyTheirOwnerGetsTheSigningKeyAndTheEquipmentKey() {
    ServiceEnvironment environment = allLocal();

    assertThat(environment.forService(CATALOG))
        .containsEntry("EQUIPMENT_ENCRYPTION_KEY", "equipment-key")
        .doesNotContainKey("AUTH_JWT_PRIVATE_KEY_LOCATION");
    for (LocalService other : new LocalService[] {AUTH, CHAT, IMAGE, SONG}) {
      assertThat(environment.forService(other)).doesNotContainKey("EQUIPMENT_ENCRYPTION_KEY");
    }
    for (LocalService other : new LocalService[] {CATALOG, CHAT, IMAGE, SONG}) {
      assertThat(environment.forService(other)).doesNotContainKey("AUTH_JWT_PRIVATE_KEY_LOCATION");
    }
  }

  /** The services inherit the launcher's real variables; the stack must not overwrite them. */
  @Test
  void realProvidersAndARealBucketAreLeftToTheInheritedVariables() {
    ServiceEnvironment environment =
        new ServiceEnvironment(
            "jdbc:postgresql://localhost:15432/macai",
            STATE,
            SECRETS,
            new ProviderSelection(
                Map.of(
                    "OLLAMA_BASE_URL", "http://localhost:11434",
                    "OPENAI_API_KEY", "sk-real",
                    "MUREKA_API_KEY", "mk-real",
                    "S3_BUCKET", "real-bucket")),
            Optional.empty(),
            "redis://localhost:16379",
            Optional.empty());

    for (LocalService service : new LocalService[] {AUTH, CATALOG, CHAT, IMAGE, SONG}) {
      assertThat(environment.forService(service))
          .doesNotContainKeys(
              "OLLAMA_BASE_URL",
              "OPENAI_BASE_URL",
              "OPENAI_API_KEY",
              "OPENAI_ADMIN_API_KEY",
              "MUREKA_BASE_URL",
              "MUREKA_API_KEY",
              "S3_ENDPOINT",
              "S3_BUCKET",
              "S3_SECRET_KEY");
    }
  }

  @Test
  void onlyTheSimulatedProviderIsPointedAtTheSimulator() {
    ServiceEnvironment environment =
        new ServiceEnvironment(
            "jdbc:postgresql://localhost:15432/macai",
            STATE,
            SECRETS,
            new ProviderSelection(Map.of("OPENAI_API_KEY", "sk-real")),
            SIMULATOR,
            "redis://localhost:16379",
            LOCAL_S3);

    assertThat(environment.forService(SONG))
        .containsEntry("OLLAMA_BASE_URL", "http://localhost:8090")
        .containsEntry("MUREKA_API_KEY", "mk-local-simulator")
        .doesNotContainKeys("OPENAI_BASE_URL", "OPENAI_API_KEY", "OPENAI_ADMIN_API_KEY");
  }

  private static ServiceEnvironment allLocal() {
    return new ServiceEnvironment(
        "jdbc:postgresql://localhost:15432/macai",
        STATE,
        SECRETS,
        new ProviderSelection(Map.of()),
        SIMULATOR,
        "redis://localhost:16379",
        LOCAL_S3);
  }
}
