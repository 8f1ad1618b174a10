package dev.macai.image.storage.rest;

import dev.macai.image.storage.domain.ObjectMediaType;
import dev.macai.image.storage.service.SignedFiles;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Images behind HMAC-signed, expiring URLs, so {@code <img>} works without a bearer token
 * (ARCHITECTURE §3, media URLs): files as {@code files/<key>}, S3 objects as {@code files/s3/<key>}
 * (unless S3_PRESIGNED_URLS). Public: the signature is the credential.
 */
@Path("/api/v1/image/files")
@Tag(name = "images", description = "Generated images, the gallery and text overlays")
public class SignedFileResource {

  private final SignedFiles files;

  SignedFileResource(SignedFiles files) {
    this.files = files;
  }

  @GET
  @Path("/{key: .+}")
  @PermitAll
  @Operation(summary = "An image file by its signed URL (from an image's url field)")
  @APIResponse(responseCode = "200", description = "The image (PNG, WebP or JPEG)")
  @APIResponse(responseCode = "403", description = "The link expired or was altered")
  @APIResponse(responseCode = "404", description = "No such file")
  public Response file(
      @PathParam("key") String key,
      @QueryParam("exp") long expires,
      @QueryParam("sig") String signature) {
    byte[] content = files.open(key, expires, signature);
    return Response.ok(content, ObjectMediaType.of(key))
        // The URL itself expires, so caching up to then is safe and saves re-downloads.
        .header("Cache-Control", "private, max-age=3600")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
