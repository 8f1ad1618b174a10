package dev.macai.auth.rest;

import dev.macai.auth.domain.Language;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The user's UI settings; new keys join as new components with a default. */
public record SettingsBody(
    @NotNull @Pattern(regexp = Language.PATTERN, message = "must be one of: en, de")
        String language) {

  static SettingsBody of(Language language) {
    return new SettingsBody(language.name());
  }
}
