package dev.macai.image.storage.domain;

/** Where an object lives; stored per image row as {@code storage_backend}. */
public enum StorageBackend {
  FILESYSTEM("filesystem"),
  S3("s3");

  private final String column;

  StorageBackend(String column) {
    this.column = column;
  }

  public String column() {
    return column;
  }

  public static StorageBackend ofColumn(String column) {
    for (StorageBackend backend : values()) {
      if (backend.column.equals(column)) {
        return backend;
      }
    }
    throw new IllegalArgumentException("unknown storage backend " + column);
  }
}
