package dev.macai.image.images.rest;

import dev.macai.image.images.service.BulkDeletion;
import java.util.List;
import java.util.UUID;

public record BulkDeleteView(
    List<UUID> deleted, List<UUID> notFound, int deletedCount, int notFoundCount) {

  static BulkDeleteView of(BulkDeletion deletion) {
    return new BulkDeleteView(
        deletion.deleted(),
        deletion.notFound(),
        deletion.deleted().size(),
        deletion.notFound().size());
  }
}
