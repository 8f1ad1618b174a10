package dev.macai.catalog.sketch.rest;

import dev.macai.catalog.sketch.domain.Workflow;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record WorkflowRequest(
    @NotNull @Pattern(regexp = Workflow.PATTERN, message = "must be one of: draft, used, archived")
        String workflow) {}
