package dev.macai.catalog.rules.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Every rule's id, in the new order; a rule's position (from 1) becomes its {@code order}. */
public record ReorderRequest(@NotNull @Size(max = 10_000) List<UUID> ids) {}
