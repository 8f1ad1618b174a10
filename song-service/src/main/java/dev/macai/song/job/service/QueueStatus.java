package dev.macai.song.job.service;

/**
 * The caller's jobs per state, and the shared pipeline: slots taken / allowed and whether a worker
 * beats ({@code online}, {@code offline}, or {@code unknown} while Redis is down).
 */
public record QueueStatus(
    long active,
    long pending,
    long completed,
    long failed,
    long cancelled,
    Integer slotsInUse,
    int slotsMax,
    String worker,
    Integer workers) {}
