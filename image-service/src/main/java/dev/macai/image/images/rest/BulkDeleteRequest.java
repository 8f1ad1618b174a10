package dev.macai.image.images.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** {@code DELETE /api/v1/image/bulk-delete}. */
public record BulkDeleteRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> ids) {}
