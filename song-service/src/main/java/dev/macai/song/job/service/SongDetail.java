package dev.macai.song.job.service;

import dev.macai.song.job.repository.ChoiceEntity;
import dev.macai.song.job.repository.SongEntity;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A song with its job state and choices, as clients see it. */
public record SongDetail(
    UUID id,
    UUID taskId,
    String title,
    String lyrics,
    String prompt,
    String model,
    boolean isInstrumental,
    UUID sketchId,
    List<String> tags,
    String workflow,
    String status,
    String murekaTaskId,
    String murekaStatus,
    String progressInfo,
    String failedReason,
    Instant createdAt,
    Instant updatedAt,
    Instant completedAt,
    List<ChoiceDetail> choices) {

  public static SongDetail of(SongEntity song, List<ChoiceEntity> choices) {
    return new SongDetail(
        song.id,
        song.taskId,
        song.title,
        song.lyrics,
        song.prompt,
        song.model,
        song.instrumental,
        song.sketchId,
        song.tags == null ? List.of() : Arrays.asList(song.tags),
        song.workflow,
        song.status,
        song.murekaTaskId,
        song.murekaStatus,
        song.progressInfo,
        song.failedReason,
        song.createdAt,
        song.updatedAt,
        song.completedAt,
        choices.stream().map(ChoiceDetail::of).toList());
  }
}
