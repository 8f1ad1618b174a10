package dev.macai.song.job.repository;

import java.time.LocalDate;
import java.util.UUID;

/** The budget unit a job took: whose, and of which UTC day. */
public record BudgetCharge(UUID userId, LocalDate day) {}
