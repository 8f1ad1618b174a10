package dev.macai.image.images.service;

import java.util.List;
import java.util.UUID;

/** What a bulk delete did: ids it deleted, and ids that are unknown or not the caller's. */
public record BulkDeletion(List<UUID> deleted, List<UUID> notFound) {}
