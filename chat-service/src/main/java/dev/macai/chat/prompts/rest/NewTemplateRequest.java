package dev.macai.chat.prompts.rest;

import dev.macai.chat.prompts.domain.TemplateKey;
import dev.macai.chat.prompts.service.TemplateDraft;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A new template ({@code POST}): its key and its content. */
public record NewTemplateRequest(
    @NotNull @Pattern(regexp = TemplateKey.PATTERN, message = KEY_MESSAGE) String category,
    @NotNull @Pattern(regexp = TemplateKey.PATTERN, message = KEY_MESSAGE) String action,
    @NotBlank @Size(max = 20000) String preCondition,
    @Size(max = 20000) String postCondition,
    @Size(max = 1000) String description,
    @NotBlank @Size(max = 100) String model,
    @NotNull @DecimalMin("0") @DecimalMax("2") @Digits(integer = 1, fraction = 2)
        BigDecimal temperature,
    @NotNull @Min(1) @Max(32768) Integer maxTokens,
    Boolean active) {

  static final String KEY_MESSAGE = "must be 1 to 50 lower-case letters, digits or hyphens";

  TemplateKey key() {
    return new TemplateKey(category, action);
  }

  TemplateDraft toDraft() {
    return new TemplateDraft(
        preCondition, postCondition, description, model, temperature, maxTokens, active);
  }
}
