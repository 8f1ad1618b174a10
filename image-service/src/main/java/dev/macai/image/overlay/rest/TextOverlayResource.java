package dev.macai.image.overlay.rest;

import dev.macai.image.images.rest.ImageView;
import dev.macai.image.overlay.service.OverlayService;
import dev.macai.platform.caller.Caller;
import dev.macai.platform.http.NoStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// The new image comes with a signed, expiring URL.
@NoStore
@Path("/api/v1/image/add-text-overlay")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "images", description = "Generated images, the gallery and text overlays")
public class TextOverlayResource {

  private final OverlayService overlays;
  private final Caller caller;

  TextOverlayResource(OverlayService overlays, Caller caller) {
    this.overlays = overlays;
    this.caller = caller;
  }

  @POST
  @RolesAllowed("user")
  @Operation(summary = "Render title and artist onto an image as a new image; the original stays")
  @APIResponse(responseCode = "201", description = "The new image, text_overlay_metadata set")
  @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors[]")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "The source image is unknown or not yours")
  @APIResponse(responseCode = "410", description = "The source image's file is lost")
  public Response add(@Valid @NotNull TextOverlayRequest request) {
    ImageView created =
        ImageView.of(
            overlays.addOverlay(
                caller.id(), request.imageId(), request.toSpec(), request.metadata()));
    return Response.created(URI.create("/api/v1/image/" + created.id())).entity(created).build();
  }
}
