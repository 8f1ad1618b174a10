package dev.macai.song.library.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** PUT /{id}: the fields a user may change; a missing field stays as it is. */
public record SongPatch(
    @Size(max = 200) String title,
    @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
    @Pattern(regexp = "onWork|inUse|notUsed", message = "must be onWork, inUse or notUsed")
        String workflow) {}
