package dev.macai.song.job.service;

import dev.macai.song.job.domain.SongStatus;
import dev.macai.song.job.repository.SongEntity;
import dev.macai.song.mureka.domain.GenerationKind;
import java.time.Instant;
import java.util.UUID;

/** A snapshot of a job row, read once per worker step. */
public record Job(
    UUID id,
    UUID userId,
    SongStatus status,
    GenerationKind kind,
    String lyrics,
    String prompt,
    String model,
    String murekaTaskId,
    Instant submitStartedAt,
    Instant deadlineAt,
    int attempts,
    String leaseOwner) {

  static Job of(SongEntity song) {
    return new Job(
        song.id,
        song.userId,
        SongStatus.valueOf(song.status),
        song.instrumental ? GenerationKind.INSTRUMENTAL : GenerationKind.SONG,
        song.lyrics,
        song.prompt,
        song.model,
        song.murekaTaskId,
        song.submitStartedAt,
        song.deadlineAt,
        song.attempts,
        song.leaseOwner);
  }
}
