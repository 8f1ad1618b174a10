package dev.macai.catalog.sketch.domain;

/** A sketch for a song with lyrics, or for an instrumental (the prompt alone). */
public enum SketchType {
  song,
  instrumental;

  public static final String PATTERN = "song|instrumental";
}
