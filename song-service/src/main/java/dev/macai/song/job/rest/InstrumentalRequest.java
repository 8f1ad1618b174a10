package dev.macai.song.job.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An instrumental: only a style prompt. */
public record InstrumentalRequest(
    @NotBlank @Size(max = 1024) String prompt,
    @NotNull @Pattern(regexp = Models.PATTERN, message = Models.MESSAGE) String model,
    @Size(max = 200) String title) {}
