package dev.macai.song.storage.s3;

import static dev.macai.song.support.Songs.BASE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.macai.song.storage.client.S3AudioStore;
import dev.macai.song.support.MediaRanges;
import dev.macai.song.support.MurekaSimulator;
import dev.macai.song.support.PostgresResource;
import dev.macai.song.support.S3ProxyServer;
import dev.macai.song.support.Songs;
import dev.macai.testkit.redis.RedisResource;
import dev.macai.testkit.s3.S3Proxy;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * With S3_BUCKET set, against a real S3 API (S3Proxy): new audio is archived into S3 and streamed
 * by this service behind its signed URLs (Range included), deletes reach S3, audio archived on the
 * filesystem before keeps playing, and S3 being down only delays the archive.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(RedisResource.class)
@WithTestResource(MurekaSimulator.class)
@WithTestResource(S3ProxyServer.class)
class S3AudioArchiveTest {

  static final Duration WITHIN = Duration.ofSeconds(90);
  static final String MEDIA = "/api/v1/song/media/";

  final UUID me = UUID.randomUUID();

  @Inject S3Client s3;

  @Test
  void newAudioIsArchivedIntoS3AndPlaysThroughTheSignedUrlWithRanges() throws Exception {
    String choice = archivedChoice("0001 into the bucket");
    String mp3 = audioUrl(choice, "mp3");
    assertThat(mp3).startsWith(MEDIA + "songs/" + me + "/").contains("?store=s3&");
    assertThat(column(choice, "archive_store")).isEqualTo("s3");
    String key = keyOf(mp3);
    assertThat(s3.headObject(b -> b.bucket(S3ProxyServer.BUCKET).key(key)).contentType())
        .isEqualTo("audio/mpeg");

    MediaRanges.assertServesRanges(mp3, "audio/mpeg");
    byte[] flac = MediaRanges.assertServesRanges(audioUrl(choice, "flac"), "audio/flac");
    assertThat(new String(flac, 0, 4)).isEqualTo("fLaC");

    // The store is part of what is signed: the same URL without it is not a filesystem URL.
    given().urlEncodingEnabled(false).get(mp3.replace("store=s3&", "")).then().statusCode(404);
    given().urlEncodingEnabled(false).get(mp3.replaceAll("sig=.", "sig=X")).then().statusCode(404);
    given()
        .urlEncodingEnabled(false)
        .get(mp3.replace("store=s3", "store=x"))
        .then()
        .statusCode(404);
  }

  @Test
  void deletingASongDeletesItsObjectsInS3() throws Exception {
    String choice = archivedChoice("0001 short lived");
    String mp3 = audioUrl(choice, "mp3");
    String flacKey = keyOf(audioUrl(choice, "flac"));
    String songId = column(choice, "song_id");

    Users.as(me).delete(BASE + "/" + songId).then().statusCode(204);

    for (String key : new String[] {keyOf(mp3), flacKey}) {
      assertThatThrownBy(() -> s3.headObject(b -> b.bucket(S3ProxyServer.BUCKET).key(key)))
          .isInstanceOfSatisfying(
              S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }
    given().urlEncodingEnabled(false).get(mp3).then().statusCode(404);
  }

  @Test
  void audioArchivedOnTheFilesystemBeforeS3KeepsPlaying() throws Exception {
    String choice = archivedChoice("0001 from the old days");
    String key = keyOf(audioUrl(choice, "mp3"));
    // Make the choice one archived before S3 was switched on: a file under SONG_STORAGE_DIR.
    byte[] old = new byte[4096];
    for (int i = 0; i < old.length; i++) {
      old[i] = (byte) (i * 7);
    }
    Path file = Path.of("target/test-audio", key);
    Files.createDirectories(file.getParent());
    Files.write(file, old);
    execute("UPDATE song_choices SET archive_store = 'filesystem' WHERE id = ?::uuid", choice);

    String url = audioUrl(choice, "mp3");
    assertThat(url).doesNotContain("store=");
    assertThat(MediaRanges.assertServesRanges(url, "audio/mpeg")).isEqualTo(old);

    Users.as(me).delete(BASE + "/" + column(choice, "song_id")).then().statusCode(204);
    assertThat(file).doesNotExist();
  }

  @Test
  void whileS3IsDownTheChoiceKeepsMurekasUrlAndIsArchivedLater() throws Exception {
    S3Proxy proxy = S3Proxy.running();
    proxy.stopServing();
    String choice;
    try {
      String task = Songs.generate(me, "0001 while the bucket sleeps", "dream pop");
      choice = Songs.awaitStatus(me, task, "SUCCESS", WITHIN).getString("song.choices[0].id");
      await().atMost(WITHIN).until(() -> Integer.parseInt(column(choice, "archive_attempts")) >= 2);
      JsonPath audio = audio(choice, "mp3");
      assertThat(audio.getBoolean("archived")).isFalse();
      assertThat(audio.getString("url")).startsWith("http").contains("/mureka-files/");
      assertThat(column(choice, "archived_key")).isNull();
      assertThat(column(choice, "archive_next_at")).isNotNull();
    } finally {
      proxy.serveAgain();
    }
    await().atMost(WITHIN).until(() -> audio(choice, "mp3").getBoolean("archived"));
    assertThat(column(choice, "archive_store")).isEqualTo("s3");
    MediaRanges.assertServesRanges(audioUrl(choice, "mp3"), "audio/mpeg");
  }

  @Test
  void playingWhileS3IsDownAnswers503NotMissingAudio() throws Exception {
    String mp3 = audioUrl(archivedChoice("0001 then the bucket sleeps"), "mp3");
    S3Proxy proxy = S3Proxy.running();
    proxy.stopServing();
    try {
      given()
          .urlEncodingEnabled(false)
          .get(mp3)
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .body("detail", org.hamcrest.Matchers.containsString("audio storage"));
    } finally {
      proxy.serveAgain();
    }
    MediaRanges.assertServesRanges(mp3, "audio/mpeg");
  }

  @Test
  void wrongCredentialsFailLoudlySoTheArchiverRetries() throws Exception {
    S3Client stranger =
        S3Client.builder()
            .endpointOverride(URI.create(S3ProxyServer.running().endpoint()))
            .region(Region.US_EAST_1)
            .forcePathStyle(true)
            .httpClient(UrlConnectionHttpClient.create())
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("nobody", "wrong")))
            .build();
    S3AudioStore store = new S3AudioStore(stranger, S3ProxyServer.BUCKET);
    Path audio = Files.createTempFile("audio-", ".mp3");
    Files.write(audio, new byte[] {1, 2, 3});
    String key = "songs/" + me + "/" + UUID.randomUUID() + "/" + UUID.randomUUID() + ".mp3";
    // An exception, never "not found": a refused store must not look like missing audio.
    assertThatThrownBy(() -> store.write(key, audio, "audio/mpeg"))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
    assertThatThrownBy(() -> store.size(key))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
    Files.delete(audio);
  }

  private String archivedChoice(String lyrics) {
    String task = Songs.generate(me, lyrics, "dream pop");
    String choice = Songs.awaitStatus(me, task, "SUCCESS", WITHIN).getString("song.choices[0].id");
    await().atMost(WITHIN).until(() -> audio(choice, "mp3").getBoolean("archived"));
    return choice;
  }

  private JsonPath audio(String choice, String format) {
    return Users.as(me)
        .get(BASE + "/choice/" + choice + "/audio?format=" + format)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private String audioUrl(String choice, String format) {
    return audio(choice, format).getString("url");
  }

  private static String keyOf(String url) {
    return url.substring(MEDIA.length(), url.indexOf('?'));
  }

  private static String column(String choice, String column) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT " + column + "::text FROM song.song_choices WHERE id = ?::uuid")) {
      select.setString(1, choice);
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).as("choice %s exists", choice).isTrue();
        return row.getString(1);
      }
    }
  }

  private static void execute(String sql, String choice) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement update =
            connection.prepareStatement(sql.replace("song_choices", "song.song_choices"))) {
      update.setString(1, choice);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        ConfigProvider.getConfig().getValue(PostgresResource.SUPERUSER_URL, String.class));
  }
}
