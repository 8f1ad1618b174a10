package dev.macai.image.images.rest;

import dev.macai.image.images.service.MigrationReport;
import dev.macai.image.images.service.S3Migration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/image/admin/migrate-to-s3")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "images", description = "Generated images, the gallery and text overlays")
public class MigrationResource {

  private final S3Migration migration;

  MigrationResource(S3Migration migration) {
    this.migration = migration;
  }

  @POST
  @RolesAllowed("admin")
  @Operation(summary = "Copy every filesystem image to S3, verified by SHA-256 (admin only)")
  @APIResponse(responseCode = "200", description = "{migrated, missing, corrupt, remaining}")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "The caller is not an admin")
  @APIResponse(responseCode = "409", description = "S3 is not configured")
  public MigrationReport migrate() {
    return migration.run();
  }
}
