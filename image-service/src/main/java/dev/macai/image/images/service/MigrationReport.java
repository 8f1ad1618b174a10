package dev.macai.image.images.service;

/**
 * What one migration run did. {@code missing}: the file is gone; {@code corrupt}: the file or the
 * uploaded copy does not match the stored SHA-256. Those rows stay on the filesystem.
 */
public record MigrationReport(int migrated, int missing, int corrupt, long remaining) {}
