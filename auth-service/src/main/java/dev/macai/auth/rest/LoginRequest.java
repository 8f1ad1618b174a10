package dev.macai.auth.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Only presence is checked: telling "not an email" apart would help nobody log in. */
public record LoginRequest(
    @NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 1024) String password) {}
