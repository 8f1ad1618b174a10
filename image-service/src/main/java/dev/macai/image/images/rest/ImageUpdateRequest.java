package dev.macai.image.images.rest;

import dev.macai.image.images.service.ImageChanges;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code PUT /api/v1/image/{id}}: a field left out stays as it is; an empty title clears it. */
public record ImageUpdateRequest(
    @Size(max = 200) String title,
    @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
    Boolean starred) {

  ImageChanges toChanges() {
    return new ImageChanges(title, tags, starred);
  }
}
