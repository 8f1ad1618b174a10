package dev.macai.song.job.domain;

/** A song job's status (ARCHITECTURE §4). */
public enum SongStatus {
  PENDING,
  PROGRESS,
  SUCCESS,
  FAILURE,
  CANCELLED;

  public boolean active() {
    return this == PENDING || this == PROGRESS;
  }
}
