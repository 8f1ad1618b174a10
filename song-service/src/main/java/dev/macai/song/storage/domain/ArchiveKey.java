package dev.macai.song.storage.domain;

import java.util.UUID;
import java.util.regex.Pattern;

/** Object keys of archived audio: {@code songs/<user>/<song>/<choice>.<mp3|flac|wav>}. */
public final class ArchiveKey {

  private static final Pattern VALID =
      Pattern.compile("songs/[0-9a-f-]{36}/[0-9a-f-]{36}/[0-9a-f-]{36}\\.(mp3|flac|wav)");

  private ArchiveKey() {}

  public static String of(UUID userId, UUID songId, UUID choiceId, String format) {
    return "songs/" + userId + "/" + songId + "/" + choiceId + "." + format;
  }

  /** Only keys this service makes are served: nothing else of the disk is reachable. */
  public static boolean valid(String key) {
    return key != null && VALID.matcher(key).matches();
  }

  public static String contentType(String key) {
    if (key.endsWith(".flac")) {
      return "audio/flac";
    }
    if (key.endsWith(".wav")) {
      return "audio/wav";
    }
    return "audio/mpeg";
  }
}
