package dev.macai.catalog.sketch.rest;

import dev.macai.catalog.sketch.domain.SketchType;
import dev.macai.catalog.sketch.domain.Workflow;
import dev.macai.catalog.sketch.service.SketchDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Create and replace body. Lyrics may exceed Mureka's limit (the response flags it); {@code
 * workflow} is read on create only, afterwards it moves through {@code PATCH …/workflow}.
 */
public record SketchRequest(
    @Size(max = 500) String title,
    @Size(max = 100_000) String lyrics,
    @NotBlank @Size(max = 1024) String prompt,
    @Size(max = 30) List<@Size(max = 50) String> tags,
    @Pattern(regexp = Workflow.PATTERN, message = "must be one of: draft, used, archived")
        String workflow,
    @Pattern(regexp = SketchType.PATTERN, message = "must be one of: song, instrumental")
        String sketchType) {

  SketchDraft toDraft() {
    return new SketchDraft(title, lyrics, prompt, tags, sketchType);
  }

  Workflow initialWorkflow() {
    return workflow == null ? Workflow.draft : Workflow.valueOf(workflow);
  }
}
