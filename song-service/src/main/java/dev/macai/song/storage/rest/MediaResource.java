package dev.macai.song.storage.rest;

import dev.macai.song.common.domain.SongFailure;
import dev.macai.song.storage.domain.ArchiveKey;
import dev.macai.song.storage.service.MediaLinks;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Archived audio behind signed URLs: public, the signature is the permission. */
@Path("/api/v1/song/media")
@PermitAll
@Tag(name = "songs")
public class MediaResource {

  private final MediaLinks links;

  MediaResource(MediaLinks links) {
    this.links = links;
  }

  @GET
  @Path("/{key: songs/.+}")
  @Operation(summary = "Download archived audio through a signed URL (no token needed)")
  @APIResponse(responseCode = "200", description = "the audio")
  @APIResponse(responseCode = "404", description = "bad or expired signature, or no such audio")
  public Response download(
      @PathParam("key") String key, @QueryParam("exp") long exp, @QueryParam("sig") String sig) {
    // One answer for a bad signature and a missing file: a URL reveals nothing it does not grant.
    java.nio.file.Path file =
        links.open(key, exp, sig).orElseThrow(() -> SongFailure.notFound("audio"));
    return Response.ok(file.toFile(), ArchiveKey.contentType(key))
        .header("Cache-Control", "private, max-age=3600")
        .build();
  }
}
