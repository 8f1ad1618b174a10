package dev.macai.auth.rest;

import dev.macai.auth.service.NewAccount;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record RegisterRequest(
    @NotBlank @Email @Size(max = 320) String email,
    @ValidPassword String password,
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @Size(max = 200) String artistName,
    @Size(max = 200) String setupToken) {

  /** People paste addresses with stray spaces; accept them trimmed rather than refuse. */
  public RegisterRequest {
    email = email == null ? null : email.trim();
  }

  NewAccount toNewAccount() {
    return new NewAccount(email, password, firstName, lastName, artistName);
  }
}
