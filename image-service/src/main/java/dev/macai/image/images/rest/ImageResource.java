package dev.macai.image.images.rest;

import dev.macai.image.images.domain.ImageDimensions;
import dev.macai.image.images.domain.StyleVocabulary;
import dev.macai.image.images.service.Download;
import dev.macai.image.images.service.GalleryQuery;
import dev.macai.image.images.service.GalleryService;
import dev.macai.image.images.service.GenerationService;
import dev.macai.platform.caller.Caller;
import dev.macai.platform.failure.ServiceFailure;
import dev.macai.platform.http.NoStore;
import dev.macai.platform.paging.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Generation and the gallery of the signed-in user. */
// Every image in an answer carries a signed, expiring URL.
@NoStore
@Path(ImageResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "images", description = "Generated images, the gallery and text overlays")
public class ImageResource {

  static final String PATH = "/api/v1/image";
  private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
  private static final String BOOLEAN = "true|false";

  private final GenerationService generation;
  private final GalleryService gallery;
  private final Caller caller;

  ImageResource(GenerationService generation, GalleryService gallery, Caller caller) {
    this.generation = generation;
    this.gallery = gallery;
    this.caller = caller;
  }

  @POST
  @Path("/generate")
  @RolesAllowed("user")
  @Operation(summary = "Generate an image with a GPT Image model and store it")
  @APIResponse(responseCode = "201", description = "The stored image with a signed URL")
  @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors[]")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "502", description = "OpenAI failed; its message in detail")
  @APIResponse(responseCode = "503", description = "OpenAI rate-limits us or has no key")
  @APIResponse(responseCode = "504", description = "OpenAI did not answer in time")
  public Response generate(@Valid @NotNull GenerateRequest request) {
    ImageView created = ImageView.of(generation.generate(caller.id(), request.toDraft()));
    return Response.created(URI.create(PATH + "/" + created.id())).entity(created).build();
  }

  @GET
  @Path("/list")
  @RolesAllowed("user")
  // Long only for its parameter list: every filter the gallery offers, each with its validation.
  @Operation(summary = "The gallery: search, filter, sort and page the caller's images")
  @APIResponse(responseCode = "200", description = "{items, total, limit, offset}")
  @APIResponse(responseCode = "400", description = "Invalid parameters, each listed in errors[]")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  public PageResponse<ImageView> list(
      @QueryParam("q") @Size(max = 200) String q,
      @QueryParam("composition")
          @Pattern(
              regexp = StyleVocabulary.COMPOSITIONS,
              message = "must be one of " + StyleVocabulary.COMPOSITIONS)
          String composition,
      @QueryParam("artistic_style")
          @Pattern(
              regexp = StyleVocabulary.ARTISTIC_STYLES,
              message = "must be one of " + StyleVocabulary.ARTISTIC_STYLES)
          String artisticStyle,
      @QueryParam("size")
          @Pattern(
              regexp = ImageDimensions.SIZES,
              message = "must be one of " + ImageDimensions.SIZES)
          String size,
      @QueryParam("starred") @Pattern(regexp = BOOLEAN, message = "must be true or false")
          String starred,
      @QueryParam("has_overlay") @Pattern(regexp = BOOLEAN, message = "must be true or false")
          String hasOverlay,
      @QueryParam("created_from") @Pattern(regexp = DATE, message = "must be YYYY-MM-DD")
          String createdFrom,
      @QueryParam("created_to") @Pattern(regexp = DATE, message = "must be YYYY-MM-DD")
          String createdTo,
      @QueryParam("sort")
          @DefaultValue("created_at")
          @Pattern(regexp = "created_at|title", message = "must be created_at or title")
          String sort,
      @QueryParam("order") @Pattern(regexp = "asc|desc", message = "must be asc or desc")
          String order,
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    boolean byTitle = sort.equals("title");
    // Newest first, but titles A to Z, unless asked otherwise.
    boolean descending = order == null ? !byTitle : order.equals("desc");
    GalleryQuery query =
        new GalleryQuery(
            q == null || q.isBlank() ? null : q.strip(),
            composition,
            artisticStyle,
            size,
            starred == null ? null : Boolean.valueOf(starred),
            hasOverlay == null ? null : Boolean.valueOf(hasOverlay),
            createdFrom == null ? null : startOf("created_from", createdFrom),
            createdTo == null ? null : startOf("created_to", createdTo).plusSeconds(86_400),
            byTitle,
            descending,
            limit,
            offset);
    return PageResponse.of(gallery.list(caller.id(), query), ImageView::of);
  }

  @GET
  @Path("/list-for-text-overlay")
  @RolesAllowed("user")
  @Operation(summary = "Images without an overlay, album covers first (the overlay picker)")
  @APIResponse(responseCode = "200", description = "{items, total, limit, offset}")
  @APIResponse(responseCode = "400", description = "Invalid paging")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  public PageResponse<ImageView> listForTextOverlay(
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    return PageResponse.of(gallery.listForTextOverlay(caller.id(), limit, offset), ImageView::of);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed("user")
  @Operation(summary = "One image")
  @APIResponse(responseCode = "200", description = "The image with a signed URL")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "Unknown or not the caller's")
  public ImageView get(@PathParam("id") UUID id) {
    return ImageView.of(gallery.get(caller.id(), id));
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed("user")
  @Operation(summary = "Edit title, tags or starred; fields left out stay")
  @APIResponse(responseCode = "200", description = "The updated image")
  @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors[]")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "Unknown or not the caller's")
  public ImageView update(@PathParam("id") UUID id, @Valid @NotNull ImageUpdateRequest request) {
    return ImageView.of(gallery.update(caller.id(), id, request.toChanges()));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed("user")
  @Operation(summary = "Delete an image: the record and its stored object")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "Unknown or not the caller's")
  public void delete(@PathParam("id") UUID id) {
    gallery.delete(caller.id(), id);
  }

  @DELETE
  @Path("/bulk-delete")
  @RolesAllowed("user")
  @Operation(summary = "Delete several of the caller's images; others' ids count as not found")
  @APIResponse(responseCode = "200", description = "{deleted, not_found, ...}")
  @APIResponse(responseCode = "400", description = "No ids, or not UUIDs")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  public BulkDeleteView bulkDelete(@Valid @NotNull BulkDeleteRequest request) {
    return BulkDeleteView.of(gallery.bulkDelete(caller.id(), request.ids()));
  }

  @GET
  @Path("/{id}/download")
  @Produces({"image/png", "application/problem+json"})
  @RolesAllowed("user")
  @Operation(summary = "The image file as an attachment named after its title and date")
  @APIResponse(responseCode = "200", description = "The PNG")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "Unknown or not the caller's")
  @APIResponse(responseCode = "410", description = "The record exists but its file is lost")
  public Response download(@PathParam("id") UUID id) {
    Download download = gallery.download(caller.id(), id);
    return Response.ok(download.content(), download.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
        .build();
  }

  private static Instant startOf(String field, String date) {
    try {
      return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw ServiceFailure.invalidField(field, "is not a calendar date");
    }
  }
}
