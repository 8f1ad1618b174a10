package dev.macai.catalog.equipment.rest;

import dev.macai.catalog.equipment.service.EquipmentDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.validator.constraints.URL;

/** The body of create and replace: every field of an item, secrets in plain text. */
@LicenseDescribedWhenOther
public record EquipmentRequest(
    @NotNull @Pattern(regexp = "Software|Plugin", message = "must be Software or Plugin")
        String type,
    @NotBlank @Size(max = 200) String name,
    @Size(max = 100) String version,
    @Size(max = 10000) String description,
    @Size(max = 200) String manufacturer,
    @Size(max = 2048)
        @URL(regexp = "(?i)https?://[^\\s/?#]+.*", message = "must be an http or https URL")
        String url,
    @Size(max = 200) String username,
    @Size(max = 1000) String password,
    @Pattern(
            regexp = "online|ilok|license_key|other",
            message = "must be one of: online, ilok, license_key, other")
        String licenseManagement,
    @Size(max = 5000) String licenseKey,
    @Size(max = 2000) String licenseDescription,
    LocalDate purchaseDate,
    @Size(max = 100) String price,
    @Size(max = 10000) String systemRequirements,
    @Pattern(
            regexp = "active|trial|expired|archived",
            message = "must be one of: active, trial, expired, archived")
        String status,
    @ValidTags List<String> softwareTags,
    @ValidTags List<String> pluginTags) {

  EquipmentDraft toDraft() {
    return new EquipmentDraft(
        type,
        name,
        version,
        description,
        manufacturer,
        url,
        username,
        password,
        licenseManagement,
        licenseKey,
        licenseDescription,
        purchaseDate,
        price,
        systemRequirements,
        status,
        softwareTags,
        pluginTags);
  }
}
