package dev.macai.song.storage.domain;

/** Where a choice's archived audio lives; stored per choice as {@code archive_store}. */
public enum AudioBackend {
  FILESYSTEM("filesystem"),
  S3("s3");

  private final String column;

  AudioBackend(String column) {
    this.column = column;
  }

  public String column() {
    return column;
  }

  public static AudioBackend ofColumn(String column) {
    for (AudioBackend backend : values()) {
      if (backend.column.equals(column)) {
        return backend;
      }
    }
    throw new IllegalArgumentException("unknown audio store " + column);
  }
}
