package dev.macai.chat.prompts.rest;

import dev.macai.chat.prompts.service.TemplateDraft;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A template's content as an admin replaces it ({@code PUT /{category}/{action}}). */
public record TemplateRequest(
    @NotBlank @Size(max = 20000) String preCondition,
    @Size(max = 20000) String postCondition,
    @Size(max = 1000) String description,
    @NotBlank @Size(max = 100) String model,
    @NotNull @DecimalMin("0") @DecimalMax("2") @Digits(integer = 1, fraction = 2)
        BigDecimal temperature,
    @NotNull @Min(1) @Max(32768) Integer maxTokens,
    Boolean active) {

  TemplateDraft toDraft() {
    return new TemplateDraft(
        preCondition, postCondition, description, model, temperature, maxTokens, active);
  }
}
