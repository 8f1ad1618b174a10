package dev.macai.platform.budget;

import java.time.Instant;
import java.util.UUID;

/** An admin's replacement for the configured daily limit, as the ledger stores it. */
public record LimitOverride(long dailyLimit, Instant updatedAt, UUID updatedBy) {}
