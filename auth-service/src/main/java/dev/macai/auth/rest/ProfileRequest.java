package dev.macai.auth.rest;

import dev.macai.auth.service.ProfileChange;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ProfileRequest(
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @Size(max = 200) String artistName) {

  ProfileChange toChange() {
    return new ProfileChange(firstName, lastName, artistName);
  }
}
