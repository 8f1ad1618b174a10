package dev.macai.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the local stack keeps what must survive a restart: the git-ignored {@code .local/} folder
 * at the repository root. Deleting it resets the stack (empty database, new signing keys). {@code
 * LOCAL_STATE_DIR} points elsewhere, e.g. a throwaway stack for the end-to-end tests that must not
 * touch the owner's data.
 */
record LocalState(Path directory) {

  static LocalState under(Path repoRoot) {
    String configured = System.getenv("LOCAL_STATE_DIR");
    Path directory =
        configured == null || configured.isBlank()
            ? repoRoot.resolve(".local")
            : repoRoot.resolve(configured);
    return new LocalState(directory.toAbsolutePath().normalize());
  }

  Path postgresData() {
    return directory.resolve("pgdata");
  }

  /** Redis's snapshot (slots and events are transient; nothing there is the only copy). */
  Path redisData() {
    return directory.resolve("redis");
  }

  /** song-service's archived audio (its filesystem storage). */
  Path songAudio() {
    return directory.resolve("song-audio");
  }

  /** S3Proxy's objects, configuration and credential (image-service's images since S3). */
  Path s3() {
    return directory.resolve("s3");
  }

  /** image-service's filesystem storage: images made before the stack ran S3, still served. */
  Path images() {
    return directory.resolve("images");
  }

  /** image-service's IMAGE_URL_SECRET: kept, so signed image URLs outlive a restart. */
  Path imageUrlSecret() {
    return directory.resolve("image-url-signing.key");
  }

  /** song-service's SONG_MEDIA_SIGNING_KEY: kept, so signed audio URLs outlive a restart. */
  Path songMediaSigningKey() {
    return directory.resolve("song-media-signing.key");
  }

  Path privateKey() {
    return directory.resolve("jwt/private.pem");
  }

  Path publicKey() {
    return directory.resolve("jwt/public.pem");
  }

  /** catalog-service's EQUIPMENT_ENCRYPTION_KEY: losing it makes stored secrets unreadable. */
  Path equipmentEncryptionKey() {
    return directory.resolve("equipment-encryption.key");
  }

  /** Where auth-service writes the first-admin setup token while no account exists. */
  Path authSetupToken() {
    return directory.resolve("auth-setup-token");
  }

  Path logs() {
    return directory.resolve("logs");
  }

  Path log(String name) {
    return logs().resolve(name + ".log");
  }

  void createDirectories() throws IOException {
    Files.createDirectories(postgresData());
    Files.createDirectories(privateKey().getParent());
    Files.createDirectories(logs());
    Files.createDirectories(redisData());
    Files.createDirectories(songAudio());
    Files.createDirectories(s3());
  }
}
