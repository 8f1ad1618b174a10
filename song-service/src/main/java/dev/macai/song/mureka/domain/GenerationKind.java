package dev.macai.song.mureka.domain;

/** Mureka's two task families; each has its own generate and query paths. */
public enum GenerationKind {
  SONG("song"),
  INSTRUMENTAL("instrumental");

  private final String path;

  GenerationKind(String path) {
    this.path = path;
  }

  /** The path segment of {@code /v1/<segment>/generate} and {@code /v1/<segment>/query}. */
  public String path() {
    return path;
  }
}
