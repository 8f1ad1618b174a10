package dev.macai.song.storage.domain;

/**
 * Tells MP3 and FLAC by their first bytes, so that an error page, a JSON document or anything else
 * a URL answers is never archived and played back as a song.
 */
public final class AudioSignature {

  private AudioSignature() {}

  public static boolean matches(String format, byte[] head, int length) {
    if (format.equals("flac")) {
      return length >= 4 && head[0] == 'f' && head[1] == 'L' && head[2] == 'a' && head[3] == 'C';
    }
    boolean id3 = length >= 3 && head[0] == 'I' && head[1] == 'D' && head[2] == '3';
    boolean frameSync = length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xe0) == 0xe0;
    return id3 || frameSync;
  }
}
