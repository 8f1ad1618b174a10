package dev.macai.song.job.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A song with lyrics; Mureka's limits are checked here so a paid call is never refused. */
public record GenerateRequest(
    @NotBlank @Size(max = 3000) String lyrics,
    @NotBlank @Size(max = 1024) String prompt,
    @NotNull @Pattern(regexp = Models.PATTERN, message = Models.MESSAGE) String model,
    @Size(max = 200) String title,
    UUID sketchId) {}
