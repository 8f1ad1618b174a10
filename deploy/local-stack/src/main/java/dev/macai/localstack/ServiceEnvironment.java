package dev.macai.localstack;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The variables each service is started with, on top of those the launcher itself was given (which
 * every service inherits, so a real provider's key or URL reaches it unchanged). Each service gets
 * the secrets and connections it needs and no others.
 */
final class ServiceEnvironment {

  /** The S3Proxy the stack runs, as the services reach it. */
  record LocalS3Access(String endpoint, String credential) {

    // A record prints its components; the credential must never reach a log.
    @Override
    public String toString() {
      return "LocalS3Access[endpoint=" + endpoint + ", credential not shown]";
    }
  }

  private final String jdbcUrl;
  private final LocalState state;
  private final LocalSecrets secrets;
  private final ProviderSelection providers;
  private final Optional<URI> simulator;
  private final String redisUrl;
  private final Optional<LocalS3Access> s3;

  /**
   * @param simulator the provider simulator's base URL, when it runs
   * @param s3 the local S3Proxy, when it runs (a real S3_BUCKET starts none)
   */
  ServiceEnvironment(
      String jdbcUrl,
      LocalState state,
      LocalSecrets secrets,
      ProviderSelection providers,
      Optional<URI> simulator,
      String redisUrl,
      Optional<LocalS3Access> s3) {
    this.jdbcUrl = jdbcUrl;
    this.state = state;
    this.secrets = secrets;
    this.providers = providers;
    this.simulator = simulator;
    this.redisUrl = redisUrl;
    this.s3 = s3;
  }

  Map<String, String> forService(LocalService service) {
    Map<String, String> environment = new HashMap<>();
    environment.put("PORT", Integer.toString(service.port()));
    // Only the gateway faces the network; the services answer this machine alone.
    environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
    environment.put("DB_URL", jdbcUrl);
    environment.put("DB_USER", service.role());
    environment.put("DB_PASSWORD", service.localPassword());
    environment.put("AUTH_JWT_PUBLIC_KEY_LOCATION", state.publicKey().toString());
    putSimulatedProviders(environment);
    switch (service.name()) {
      case "auth-service" -> {
        // Only auth-service signs tokens; no other service gets to read the private key.
        environment.put("AUTH_JWT_PRIVATE_KEY_LOCATION", state.privateKey().toString());
        // The banner shows the first-admin setup token from here while no account exists.
        environment.put("AUTH_SETUP_TOKEN_FILE", state.authSetupToken().toString());
      }
      case "catalog-service" -> {
        // Only catalog-service stores encrypted equipment secrets.
        environment.put("EQUIPMENT_ENCRYPTION_KEY", secrets.equipmentEncryptionKey());
      }
      case "image-service" -> putImageService(environment);
      case "song-service" -> putSongService(environment);
      default -> {
        // chat-service needs nothing beyond what every service gets.
      }
    }
    // Production logs JSON for collectors; a person reads these files, so plain lines.
    environment.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
    // The services run in the prod profile, where Swagger UI is off; this machine's developer wants
    // it at each service's own port (127.0.0.1 only, see the banner), not on the gateway.
    environment.put("SWAGGER_UI_ENABLED", "true");
    return environment;
  }

  private void putSimulatedProviders(Map<String, String> environment) {
    if (simulator.isEmpty()) {
      return;
    }
    String simulatorUrl = simulator.get().toString();
    // chat-service talks to the simulator unless ./run was given a real OLLAMA_BASE_URL, which it
    // then inherits like every variable not set here.
    if (providers.simulatedOllama()) {
      environment.put("OLLAMA_BASE_URL", simulatorUrl);
    }
    // Likewise OpenAI unless ./run was given a real OPENAI_API_KEY; the dummy key only opens the
    // simulator (its mappings refuse "sk-invalid" and a missing key, nothing else).
    if (providers.simulatedOpenAi()) {
      environment.put("OPENAI_BASE_URL", simulatorUrl);
      environment.put("OPENAI_API_KEY", ProviderSimulator.OPENAI_KEY);
      // image-service reads organisation costs with a separate admin key; the simulator takes any.
      environment.put("OPENAI_ADMIN_API_KEY", ProviderSimulator.OPENAI_KEY);
    }
  }

  /**
   * image-service: new images in S3 (S3Proxy, unless ./run was given a real S3_BUCKET), older ones
   * still on the filesystem; URL signatures that survive a restart.
   */
  private void putImageService(Map<String, String> environment) {
    environment.put("IMAGE_STORAGE_DIR", state.images().toString());
    environment.put("IMAGE_URL_SECRET", secrets.imageUrlSecret());
    putLocalS3(environment);
  }

  /**
   * song-service: Redis for its slots and events, its audio archive (new audio in the same S3Proxy
   * bucket under songs/, older audio still on the filesystem), and Mureka (the simulator unless
   * ./run was given a real MUREKA_API_KEY).
   */
  private void putSongService(Map<String, String> environment) {
    environment.put("REDIS_URL", redisUrl);
    environment.put("SONG_STORAGE_DIR", state.songAudio().toString());
    putLocalS3(environment);
    environment.put("SONG_MEDIA_SIGNING_KEY", secrets.songMediaSigningKey());
    if (simulator.isPresent() && providers.simulatedMureka()) {
      environment.put("MUREKA_BASE_URL", simulator.get().toString());
      environment.put("MUREKA_API_KEY", ProviderSimulator.MUREKA_KEY);
    }
  }

  /**
   * The local S3Proxy, when it runs (./run given a real S3_BUCKET starts none, and the services
   * inherit the caller's S3_* variables instead).
   */
  private void putLocalS3(Map<String, String> environment) {
    s3.ifPresent(
        local -> {
          environment.put("S3_ENDPOINT", local.endpoint());
          environment.put("S3_BUCKET", LocalS3.BUCKET);
          environment.put("S3_ACCESS_KEY", LocalS3.IDENTITY);
          environment.put("S3_SECRET_KEY", local.credential());
          environment.put("S3_PATH_STYLE", "true");
        });
  }
}
