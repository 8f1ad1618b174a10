package dev.macai.song.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.Arrays;

/** Checks that a signed media URL answers Range requests the way an audio player seeks. */
public final class MediaRanges {

  private MediaRanges() {}

  /** Plays {@code url} whole and in parts; answers the whole audio. */
  public static byte[] assertServesRanges(String url, String contentType) {
    Response whole = given().urlEncodingEnabled(false).get(url);
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.contentType()).isEqualTo(contentType);
    assertThat(whole.header("Accept-Ranges")).isEqualTo("bytes");
    byte[] audio = whole.asByteArray();
    assertThat(audio.length).isGreaterThan(200);
    assertThat(whole.header("Content-Length")).isEqualTo(String.valueOf(audio.length));

    Response head = ranged(url, "bytes=0-99");
    assertThat(head.statusCode()).isEqualTo(206);
    assertThat(head.header("Content-Range")).isEqualTo("bytes 0-99/" + audio.length);
    assertThat(head.header("Accept-Ranges")).isEqualTo("bytes");
    assertThat(head.contentType()).isEqualTo(contentType);
    assertThat(head.asByteArray()).isEqualTo(Arrays.copyOfRange(audio, 0, 100));

    Response middle = ranged(url, "bytes=100-");
    assertThat(middle.statusCode()).isEqualTo(206);
    assertThat(middle.header("Content-Range"))
        .isEqualTo("bytes 100-" + (audio.length - 1) + "/" + audio.length);
    assertThat(middle.asByteArray()).isEqualTo(Arrays.copyOfRange(audio, 100, audio.length));

    Response tail = ranged(url, "bytes=-100");
    assertThat(tail.statusCode()).isEqualTo(206);
    assertThat(tail.header("Content-Range"))
        .isEqualTo("bytes " + (audio.length - 100) + "-" + (audio.length - 1) + "/" + audio.length);
    assertThat(tail.asByteArray())
        .isEqualTo(Arrays.copyOfRange(audio, audio.length - 100, audio.length));

    Response beyond = ranged(url, "bytes=" + audio.length + "-");
    assertThat(beyond.statusCode()).isEqualTo(416);
    assertThat(beyond.header("Content-Range")).isEqualTo("bytes */" + audio.length);
    return audio;
  }

  private static Response ranged(String url, String range) {
    return given().urlEncodingEnabled(false).header("Range", range).get(url);
  }
}
