package dev.macai.song.library.rest;

import static dev.macai.song.support.Songs.BASE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.macai.song.support.MediaRanges;
import dev.macai.song.support.MurekaSimulator;
import dev.macai.song.support.PostgresResource;
import dev.macai.song.support.Songs;
import dev.macai.testkit.redis.RedisResource;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The finished songs: list, get, update, delete, bulk delete, ratings, audio links. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(RedisResource.class)
@WithTestResource(MurekaSimulator.class)
class SongLibraryTest {

  static final Duration WITHIN = Duration.ofSeconds(90);

  // One finished song for the tests that only read or edit it (a paid job is slow to make);
  // the tests that delete make their own.
  static final UUID me = UUID.randomUUID();
  static String sharedSong;
  static String sharedChoice;

  final UUID eve = UUID.randomUUID();
  String songId;
  String choiceId;

  @BeforeEach
  void aFinishedSong() {
    if (sharedSong == null) {
      JsonPath done = finished("0001 Moonlight verse");
      sharedSong = done.getString("song_id");
      sharedChoice = done.getString("song.choices[0].id");
    }
    songId = sharedSong;
    choiceId = sharedChoice;
  }

  static JsonPath finished(String lyrics) {
    String task = Songs.generate(me, lyrics, "dream pop");
    return Songs.awaitStatus(me, task, "SUCCESS", WITHIN);
  }

  @Nested
  class Listing {
    @Test
    void searchesFiltersAndPages() {
      Users.as(me)
          .body(Map.of("title", "Blue Moon", "tags", List.of("night"), "workflow", "inUse"))
          .put(BASE + "/" + songId)
          .then()
          .statusCode(200)
          .body("title", equalTo("Blue Moon"))
          .body("tags", contains("night"))
          .body("workflow", equalTo("inUse"));
      Users.as(me)
          .get(BASE + "/list?q=moonlight&status=SUCCESS&workflow=inUse&limit=5")
          .then()
          .statusCode(200)
          .body("total", equalTo(1))
          .body("limit", equalTo(5))
          .body("offset", equalTo(0))
          .body("items[0].id", equalTo(songId))
          .body("items[0].choices.size()", equalTo(2));
      Users.as(me).get(BASE + "/list?q=night").then().body("items.id", hasItem(songId));
      Users.as(me).get(BASE + "/list?q=nothing-like-this").then().body("total", equalTo(0));
      Users.as(me).get(BASE + "/list?is_instrumental=true").then().body("total", equalTo(0));
      Users.as(eve).get(BASE + "/list").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void invalidParametersAreListed() {
      Users.as(me)
          .get(BASE + "/list?limit=500&sort=colour&order=up&status=DONE")
          .then()
          .statusCode(400)
          .body("errors.size()", equalTo(4));
    }

    @Test
    void needsAToken() {
      Users.anonymous().get(BASE + "/list").then().statusCode(401);
      Users.anonymous().get(BASE + "/" + songId).then().statusCode(401);
    }
  }

  @Nested
  class OneSong {
    @Test
    void isReadAndUpdatedOnlyByItsOwner() {
      Users.as(me).get(BASE + "/" + songId).then().statusCode(200).body("id", equalTo(songId));
      Users.as(eve).get(BASE + "/" + songId).then().statusCode(404);
      Users.as(eve).body(Map.of("title", "Mine")).put(BASE + "/" + songId).then().statusCode(404);
      Users.as(eve).delete(BASE + "/" + songId).then().statusCode(404);
    }

    @Test
    void invalidUpdatesAreListed() {
      Users.as(me)
          .body(Map.of("title", "x".repeat(201), "workflow", "done", "tags", List.of(" ")))
          .put(BASE + "/" + songId)
          .then()
          .statusCode(400)
          .body("errors.field", contains("tags[0]", "title", "workflow"));
    }

    @Test
    void isDeletedWithItsChoices() {
      JsonPath own = finished("0001 to delete");
      String songId = own.getString("song_id");
      String choiceId = own.getString("song.choices[0].id");
      Users.as(me).delete(BASE + "/" + songId).then().statusCode(204);
      Users.as(me).get(BASE + "/" + songId).then().statusCode(404);
      Users.as(me)
          .body(Map.of("rating", 1))
          .put(BASE + "/choice/" + choiceId + "/rating")
          .then()
          .statusCode(404);
    }

    @Test
    void bulkDeleteSkipsOtherPeoplesSongs() {
      String songId = finished("0001 bulk").getString("song_id");
      String evesTask = Songs.generate(eve, "0001 eve's", "pop");
      String evesSong = Songs.status(eve, evesTask).getString("song_id");
      Users.as(me)
          .body(Map.of("ids", List.of(songId, evesSong)))
          .delete(BASE + "/bulk-delete")
          .then()
          .statusCode(200)
          .body("deleted", equalTo(1));
      Users.as(eve).get(BASE + "/" + evesSong).then().statusCode(200);
      Users.as(me)
          .body(Map.of("ids", List.of()))
          .delete(BASE + "/bulk-delete")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("ids"));
    }
  }

  @Nested
  class Choices {
    @Test
    void areRatedAndUnrated() {
      Users.as(me)
          .body(Map.of("rating", 1))
          .put(BASE + "/choice/" + choiceId + "/rating")
          .then()
          .statusCode(200)
          .body("rating", equalTo(1));
      Users.as(me).get(BASE + "/list?rated=true").then().body("items.id", contains(songId));
      Users.as(me)
          .body("{\"rating\": null}")
          .put(BASE + "/choice/" + choiceId + "/rating")
          .then()
          .statusCode(200)
          .body("rating", nullValue());
      Users.as(me)
          .body(Map.of("rating", 2))
          .put(BASE + "/choice/" + choiceId + "/rating")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("rating"));
      Users.as(eve)
          .body(Map.of("rating", 1))
          .put(BASE + "/choice/" + choiceId + "/rating")
          .then()
          .statusCode(404);
    }

    @Test
    void archivedAudioIsServedThroughASignedUrl() {
      await()
          .atMost(WITHIN)
          .until(
              () ->
                  Users.as(me)
                      .get(BASE + "/choice/" + choiceId + "/audio?format=mp3")
                      .then()
                      .extract()
                      .jsonPath()
                      .getBoolean("archived"));
      String url =
          Users.as(me)
              .get(BASE + "/choice/" + choiceId + "/audio?format=flac")
              .then()
              .statusCode(200)
              // A signed URL: no browser or proxy keeps the answer.
              .header("Cache-Control", "no-store")
              .body("url", startsWith("/api/v1/song/media/songs/"))
              .extract()
              .path("url");
      assertThat(url).doesNotContain("store=");
      byte[] flac = MediaRanges.assertServesRanges(url, "audio/flac");
      assertThat(new String(flac, 0, 4)).isEqualTo("fLaC");
      given().get(url.replaceAll("sig=.", "sig=X")).then().statusCode(404);
      given().get(url.replaceAll("exp=\\d+", "exp=1")).then().statusCode(404);
    }

    @Test
    void unknownFormatsAndOtherUsersAreRefused() {
      Users.as(me).get(BASE + "/choice/" + choiceId + "/audio?format=wav").then().statusCode(404);
      Users.as(me).get(BASE + "/choice/" + choiceId + "/audio?format=ogg").then().statusCode(400);
      Users.as(eve).get(BASE + "/choice/" + choiceId + "/audio").then().statusCode(404);
      Users.anonymous().get(BASE + "/choice/" + choiceId + "/audio").then().statusCode(401);
    }
  }
}
