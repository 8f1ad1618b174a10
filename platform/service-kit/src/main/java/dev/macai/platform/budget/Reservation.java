package dev.macai.platform.budget;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Units taken from one user's budget of one UTC day before a paid call. Giving them back credits
 * that day, even when the call ends after midnight.
 */
public record Reservation(UUID userId, LocalDate day, long units) {}
