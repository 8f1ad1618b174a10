package dev.macai.song.job.service;

import java.util.UUID;

/** The answer of the status, cancel and recheck endpoints. */
public record TaskStatus(
    UUID taskId,
    UUID songId,
    String status,
    String murekaStatus,
    String progressInfo,
    String failedReason,
    SongDetail song) {

  static TaskStatus of(SongDetail song) {
    return new TaskStatus(
        song.taskId(),
        song.id(),
        song.status(),
        song.murekaStatus(),
        song.progressInfo(),
        song.failedReason(),
        song);
  }
}
