package dev.macai.song.storage.rest;

import dev.macai.platform.failure.ServiceFailure;
import dev.macai.song.storage.domain.RangeRequest;
import dev.macai.song.storage.service.MediaContent;
import dev.macai.song.storage.service.MediaLinks;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Archived audio behind signed URLs: public, the signature is the permission. Answers Range
 * requests, so a player can seek without loading the whole song first.
 */
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
  @APIResponse(responseCode = "206", description = "the part of the audio the Range header asked")
  @APIResponse(responseCode = "404", description = "bad or expired signature, or no such audio")
  @APIResponse(responseCode = "416", description = "the range starts beyond the end of the audio")
  public Response download(
      @PathParam("key") String key,
      @QueryParam("store") String store,
      @QueryParam("exp") long exp,
      @QueryParam("sig") String sig,
      @HeaderParam("Range") String range) {
    // One answer for a bad signature and a missing object: a URL reveals nothing it does not grant.
    MediaContent content =
        links.open(key, store, exp, sig, range).orElseThrow(() -> ServiceFailure.notFound("audio"));
    RangeRequest request = content.request();
    Response.ResponseBuilder answer =
        switch (request.outcome()) {
          case UNSATISFIABLE ->
              Response.status(416)
                  .header(
                      "Content-Range",
                      RangeRequest.unsatisfiedContentRange(request.range().total()));
          case PARTIAL ->
              Response.status(206)
                  .entity(content.body())
                  .type(content.contentType())
                  .header("Content-Range", request.range().contentRange())
                  .header(HttpHeaders.CONTENT_LENGTH, request.range().length());
          case WHOLE ->
              Response.ok(content.body(), content.contentType())
                  .header(HttpHeaders.CONTENT_LENGTH, request.range().length());
        };
    return answer
        .header("Accept-Ranges", "bytes")
        .header("Cache-Control", "private, max-age=3600")
        .build();
  }
}
