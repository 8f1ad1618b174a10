package dev.macai.auth.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record PasswordChangeRequest(
    @NotBlank @Size(max = 1024) String oldPassword, @ValidPassword String newPassword) {}
