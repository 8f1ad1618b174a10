package dev.macai.song.job.domain;

import java.time.Instant;

/** One taken Mureka slot: who holds it and when it returns by itself unless renewed. */
public record SlotLease(String holder, Instant expiresAt) {}
