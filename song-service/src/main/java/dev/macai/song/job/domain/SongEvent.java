package dev.macai.song.job.domain;

import java.time.Instant;
import java.util.UUID;

/** A state change of a job, as the progress stream sends it. */
public record SongEvent(
    UUID userId,
    UUID songId,
    UUID taskId,
    String status,
    String murekaStatus,
    String progressInfo,
    String failedReason,
    Instant at) {}
