package dev.macai.image.images.rest;

import dev.macai.image.images.service.ImageModelCatalogue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The image models and options the generator page offers. */
@Path("/api/v1/image/models")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "images", description = "Generated images, the gallery and text overlays")
public class ImageModelsResource {

  private final ImageModelCatalogue catalogue;

  ImageModelsResource(ImageModelCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GET
  @RolesAllowed("user")
  @Operation(
      summary =
          "The GPT Image models the OpenAI account offers (the configured default first), with"
              + " the qualities each takes and the sizes, formats and backgrounds of the API")
  @APIResponse(responseCode = "200", description = "Models and options")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  public ImageModelsView models() {
    return ImageModelsView.of(catalogue.offered());
  }
}
