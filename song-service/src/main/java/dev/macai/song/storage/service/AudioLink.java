package dev.macai.song.storage.service;

import java.time.Instant;

/**
 * Where to fetch a choice's audio: our signed URL once archived ({@code archived} true), else
 * Mureka's own URL (which may expire).
 */
public record AudioLink(String url, String format, boolean archived, Instant expiresAt) {}
